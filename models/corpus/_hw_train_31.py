# -*- coding: utf-8 -*-
# Hand-written whole answers (batch 31, round 6): terse, elliptical real-world fragments (review 缺点 fields, blacklist one-liners, replies, tags, short kiosk answers).
HW = r"""
# ---- (1) company ----
company|-|公司要黄了，快跑
company pay labor_law|-|gs快倒闭了 工资拖3个月
company|-|老板天天换
company|-|缺点：业务萎缩，随时可能关门
company|-|三年换了五个CEO😅
company involuntary|-|裁员一轮接一轮，下一个不知道是谁
company|-|融资没到位，项目全停了
company pay|-|公司不行了，年终奖直接取消
company|-|架构调整太频繁，一季度一变
company|-|【避雷】某科技 资金链断了
company pay labor_law|-|老板跑路了，工资还欠俩月
company|-|战略摇摆，今天all in AI明天all in出海
company|-|门店一家接一家关
company|-|被收购后乱成一锅粥
company|-|感觉要凉，提前撤了
company|-|夕阳产业，订单少得可怜
company|-|缺点：随时倒闭
company|-|高管走光了，剩个空壳
company manager|-|老板换了仨，每个都推翻重来
company pay|-|工资从10号拖到25号，越拖越晚
company|-|业务线说砍就砍
company|-|天天传要被合并，人心惶惶
company location|-|厂子要搬去外省，不想跟着走
company|-|连续亏损，股价腰斩
company|-|gs前途渺茫 建议别来
company|-|没项目，天天坐着喝茶等倒闭
company manager|-|高层内斗，公司快散架了
company|-|暴雷后名存实亡
company pay labor_law|-|停工放假只发生活费，社保也断了
company|-|总部把华南区整个撤了
company|-|这行要完，早走早超生
company|-|某教培：双减后校区关了一半
company|-|公司评价：一年搬三次家，两次改名
company|-|母公司出事，子公司跟着停摆
company|-|回复楼上：不止你们，我们也仨月没接到单了
company pay|0|公司效益不好，奖金没了，就走了

# ---- (2) location ----
location|-|缺点：通勤3小时
location|-|每天来回四个钟，顶不住
location|0|回老家发展了
location|0|要回湖南了
family location|0|跟老公去外地了
location|-|公司搬到郊区，太远了
location|-|离家太远，单程俩小时
location|-|通勤1.5h+，地铁换三趟
location|-|被外派到新疆，不想去
location involuntary|-|调岗到外地，不去就走人
location|-|跨城上班，天天坐高铁受不了
family location|0|回老家照顾爸妈
location|-|厂区在山沟里，进城一趟要半天
location|-|没班车，打车一天一百
location|-|单程50km 油钱都扛不住
location|-|常驻项目现场，一年回不了几次家
location|-|轮岗去了县城网点，太偏
location|0|想回家乡那边找工作
location|0|坐标北京，要回成都了
location|-|地铁+公交+共享单车，一趟一个半小时
location|-|门店调到城南，骑车要一个小时
location|-|异地派驻，一待就是半年
location|0|老家那边有房，回去了
location|0|房子买远了，每天路上太折腾
location|-|外派非洲两年，扛不住了
location workload|-|天天出差，一个月在家不到五天
location appraisal|-|路上堵车俩小时，迟到还扣钱
family location|0|男朋友在杭州，我要过去了
location conditions|-|分公司在开发区，吃饭都没地方
location|0|返乡
location conditions|-|倒三班还离家远，夜班下班打不到车
location|0|就是太远了，别的都还行

# ---- (3) culture ----
culture|-|人际关系复杂得一批
culture|-|办公室政治严重
culture harassment|-|老员工抱团欺负新人
culture|-|甩锅文化，出事全是下面的
culture|-|小团体多，天天站队
culture|-|氛围压抑，一天没人说话
culture|-|同事之间互相防着
culture|-|背后捅刀子的太多
culture workload|-|内卷严重，比谁走得晚
culture|-|狼性文化，早上喊口号跳操
culture|-|关系户一堆
culture discrimination|-|本地人抱团，外地人被排挤
culture|-|氛围差，八卦满天飞
culture workload|-|同事摸鱼，活全推给我
culture|-|饭圈式企业文化，天天喊感恩
culture|-|新人被孤立，午饭都没人叫
culture|-|团建必须喝酒，不喝就是不合群
culture|-|一言不合就抄送领导
culture|-|缺点：同事素质低
culture|-|抢功的太多了
culture|-|群里阴阳怪气
culture career|-|老油条多，新人难出头
culture|-|扯皮推诿，一件事卡半个月
culture|-|家族企业，亲戚满天飞
culture|-|同事把我当外人😅
culture career|-|拍马屁的升得快
culture|-|被同事排挤
culture|-|人际关系太累，不想处了
culture|-|和组里的人合不来
culture|-|护士站宫斗剧天天上演
culture appraisal|-|同事偷拿我的单子算自己业绩
culture harassment|-|tag：#职场霸凌 #小团体 #避雷
culture harassment|-|同事开黄腔，恶心

# ---- (4) conditions ----
conditions|-|宿舍八人间没热水
conditions|-|食堂难吃到哭
conditions|-|电脑卡成ppt
conditions|-|车间没空调，夏天40度
conditions|-|工位挤，胳膊都伸不开
conditions|-|排班乱，今天早班明天夜班
conditions workload|-|两班倒，12小时站着
conditions|-|宿舍有蟑螂🪳
conditions safety|-|车间粉尘大，口罩都不发
conditions|-|没有休息室，蹲楼梯吃饭
conditions|-|办公室没窗户，闷得慌
conditions pay|-|工服要自己掏钱买
conditions|-|设备老化，天天修
conditions|-|宿舍离厂远还没空调
conditions|-|连个饮水机都没有
conditions safety|-|消防通道堆满货
conditions|-|冷库干活不发棉服
conditions|-|收银不让坐，站一整天
conditions|-|新办公室甲醛味冲鼻
conditions|-|系统老掉牙，录个单等半天
conditions|-|wifi都没有😅
conditions|-|住宿条件差，12人一屋
conditions|-|上厕所要打报告
conditions|-|护士站挤得转不开身
conditions|-|工地板房漏雨
conditions|-|电梯常年坏，天天爬18楼
conditions|-|后厨油烟大，排风扇坏了没人修
conditions|-|没停车位，天天被贴条
conditions pay|-|修车工具全自费
conditions|-|办公室老鼠乱窜
conditions pay|-|不包吃不包住
safety conditions|-|工地不发安全帽

# ---- (5) job_fit ----
job_fit|-|入职才发现岗位不符
job_fit|-|招的是文员，干的是销售
job_fit|-|天天打杂，跟专业不沾边
job_fit|-|重复劳动，机器人都比我有意思
job_fit|-|说好做开发，结果天天点点点测试
job_fit|0|不喜欢这行
job_fit|0|对这个岗位没兴趣了
job_fit|-|被调去干客服，不是我想要的
job_fit|-|挂羊头卖狗肉，运营其实是电销
job_fit|-|活太琐碎，没啥技术含量
job_fit|-|一天拧八千颗螺丝，麻了
job_fit|0|发现自己不适合做销售
job_fit|-|岗位描述和实际差十万八千里
job_fit|-|名为储备干部，实为服务员
job_fit|-|设计岗天天做PPT
job_fit manager|-|干的全是领导的私事，接孩子买菜
job_fit|-|工作内容太无聊
job_fit|0|专业不对口
job_fit|-|转岗没商量，直接调去仓库
job_fit|-|每天贴发票贴到吐
job_fit|0|还是想做回老本行
job_fit|-|说是产品经理，其实是个传话筒
job_fit|-|入职后被安排去地推
job_fit|0|性格内向，做不来前台
job_fit|-|技术岗硬转销售，不干
job_fit|-|面试说坐办公室，结果天天跑工地
job_fit|-|机械化操作，没意思
job_fit|-|干了半年还是复印文件
job_fit|0|不太喜欢带低龄的孩子
job_fit|-|岗位不匹配
job_fit|-|JD写数据分析，实际是Excel搬砖
job_fit|0|跟我的职业兴趣不符
job_fit|-|被迫从护士调到收费窗口
job_fit|-|实习生当全职用，干的全是杂活
job_fit workload|-|客服变电销，每天三百个电话
job_fit|-|某保险（长沙）：招行政，进去就让拉亲戚买保险

# ---- (6) offer ----
offer pay|0|别家给涨30%，走了
offer|0|拿到大厂offer了
offer|0|有个更好的机会
offer|0|朋友拉我去创业
offer|0|自己开店去了
offer pay|0|隔壁厂每小时多3块
offer|0|被猎头挖走了
offer|0|转行做新媒体了
offer pay|-|同岗位外面给翻倍，这边还不涨
offer|0|考进了国企
offer|+|找到新工作了，感谢这两年照顾
offer|0|下家已定
family offer|0|回家接手家里的生意
offer pay|0|跳槽，原因你懂的💰
offer|0|跟老领导走了
offer pay|0|新公司base高一截
offer|0|去跑外卖了，时间自由
offer|0|有个海外项目机会，想试试
offer|0|老同学公司缺人，过去帮忙
offer|0|接了个外企的offer
offer pay|0|offer比现在多5k
offer|0|自己接单做自由职业
offer|0|被挖去竞对了
offer career|0|对方给了管理岗
offer|0|想自己做直播带货
offer|0|签了新单位
offer pay location|0|外地给的多，去了
offer|0|换赛道，去搞新能源
offer|0|开了个奶茶店
offer pay|-|在这拿4k，外面随便6k
offer|0|有更合适的平台
offer|0|合伙开工作室
offer pay|0|转去做保险，提成高
offer|0|被原来的客户挖过去了
offer|0|进体制内了
offer pay|0|拿了独角兽的offer，期权诱人
offer|0|嗯…那边给的岗位更好，就过去了

# ---- (7) family ----
family|0|怀孕了，先回家养胎
family|0|孩子没人带
family|0|要结婚了
family|0|二胎，回归家庭
family|0|家里老人病了，要照顾
family|0|宝宝上小学，得接送
family|0|老婆要生了
family|0|陪读
family|0|家里事多，顾不过来
family location|0|爸妈年纪大了，想离近点
family location|0|对象在老家，异地太累
family location|0|结婚随迁
family|0|回家带娃了
family|0|当全职妈妈了
family conditions|-|三班倒顾不上孩子
family workload|-|加班太多，老婆要离婚了
family|0|家里开店缺人手
family|0|备孕
family|0|爷爷住院要人陪
family|0|离婚了，要自己带孩子
family location|0|老公工作调动，随迁
family|0|孩子身体不好，要人看着
family discrimination involuntary pay labor_law|-|怀孕后被调岗降薪，逼我走
family location|0|家里催我回去相亲
family location|0|父亲中风，我得回去
family workload|-|周末不休，一年见不到孩子几面
family|0|婆婆带不了娃了
family location|0|妻子在外地工作，我过去团聚
family|0|个人规划，准备要孩子
family|0|母亲晚期，辞职陪护
family|0|孩子中考，陪一年
family manager|-|孩子发烧都不让请假
family location|0|给孩子转学，跟着走了
family location|0|谈了个对象，去他那边
family|0|成家了，想稳定点
family|0|哺乳期，暂时不上班

# ---- (8) appraisal ----
appraisal pay|-|罚款比工资多
appraisal|-|KPI根本完不成
appraisal manager|-|绩效全凭领导心情
appraisal|-|迟到一分钟扣五十
appraisal involuntary|-|末位淘汰，每月都有人走
appraisal|-|干多干少一个样
appraisal manager|-|功劳是领导的，锅是我的
appraisal|-|考核标准天天变
appraisal pay|-|绩效工资占一半，还老被扣
appraisal|-|差评扣200，客户乱打也扣
appraisal|-|忘打卡直接算旷工
appraisal|-|没人看见你的付出
appraisal|-|年终评级暗箱操作
appraisal|-|指标定得离谱，全组没一个达标
appraisal pay|-|扣钱名目比工资条还长
appraisal conditions|-|上厕所超5分钟扣钱
appraisal|-|考勤抠到秒
appraisal culture|-|评优永远是那几个关系户
appraisal|-|干了三年一句表扬都没有
appraisal|-|KPI月月加码
appraisal|-|被抓到看手机罚一百
appraisal|-|绩效打C，没给理由
appraisal|-|平均主义，大锅饭
appraisal|-|缺点：KPI考核不合理
appraisal pay|-|一个月罚没了八百
appraisal|-|okr天天改，一到考核全不算
appraisal|-|病人投诉不管对错都扣护士
appraisal pay|-|错一单扣一天工资
appraisal career|-|升职看关系不看业绩
appraisal|-|强制分布，总得有人背D
appraisal|-|学员不续费算老师的
appraisal harassment|-|罚站+罚款，跟小学一样
appraisal|-|辛辛苦苦一年，绩效还是B
appraisal|-|考核表都没给看过
appraisal pay|-|罚款制度奇葩，喝水洒了都罚

# ---- (9) training ----
training|-|带教？不存在的
training|-|入职第一天就让上岗，啥也没教
training|-|没人带，全靠自己摸索
training|-|培训就是念PPT
training culture|-|师傅不教，怕教会徒弟饿死师傅
training|-|新人扔进去自生自灭
training|-|说好的岗前培训三天变半天
training pay|-|培训费要自己出
training|-|考证不给报销
training|-|没有系统培训
training culture|-|老员工都不愿意教
training culture|-|入职培训全是洗脑
training|-|培训要签服务期，走人还得赔钱
training workload pay|-|周末培训还不算加班
training culture|-|问问题被嫌烦
training|-|一份文档都没有，全靠问
training|-|带教老师天天请假，没人管我
training|-|上岗证自己考，公司不管
training|-|mentor形同虚设
training|-|培训课全是网上录的老视频
training appraisal|-|没有新人培训，第一周就背指标
training|-|手把手教？想多了
training career|-|说有晋升培训，三年了没见过
training|-|叉车证要自费考
training career|-|学徒两年还在切菜，师傅啥都不教
training|-|零培训直接接电话，被客户骂懵了
training appraisal|-|培训考试不过要扣钱
training|-|带我的人自己都不会
training|-|新人没人理
training|-|只有考试没有培训
training|-|护理操作没人示范
training career|-|进修名额永远轮不到我
training|-|入职培训=签合同+领工服
training|-|培训内容和实际工作脱节
training|-|想学技术没人教
training|-|交接文档一页纸，前任已跑路

# ---- (10) involuntary ----
involuntary|-|被毕业了
involuntary|-|试用期没过
involuntary labor_law|-|被劝退，没给赔偿
involuntary|0|合同到期不续了
involuntary|-|裁员名单上有我
involuntary|0|项目结束，散伙了
involuntary labor_law|-|逼我自己写辞职信
involuntary|0|优化了，N+1拿了
involuntary company|-|部门解散，全员毕业
involuntary labor_law|-|口头通知明天别来了
involuntary|-|被优化了😭
involuntary pay labor_law|-|调岗降薪逼走
involuntary|-|被开了，就这
involuntary|0|协商解除，拿了补偿
involuntary discrimination|-|35岁就被清退
involuntary pay labor_law|-|试用期最后一天被辞，工资都不结
involuntary|-|老板说不需要我了
involuntary|0|裁员毕业大礼包✅
involuntary company|-|店关了，人全遣散
involuntary manager|-|被穿小鞋逼走
involuntary|-|冷处理，不派活，等我自己走
involuntary|0|实习结束没留用
involuntary labor_law|-|被裁，人事非说是"自愿离职"
involuntary discrimination family labor_law|-|怀孕被辞
involuntary|0|外包合同到期被换掉
involuntary|-|一句"不合适"就让我走了
involuntary health labor_law|-|工伤后被辞退
involuntary|-|被HR约谈，让签离职协议
involuntary company|-|降本增效，降到我了
involuntary|-|转正答辩被刷
involuntary|-|旺季一过就让走人
involuntary|0|被“毕业”，给了N
involuntary pay|-|年底被裁，年终奖没了
involuntary labor_law|-|被逼签自离，一分补偿没有
involuntary|0|学校不续聘了
involuntary manager|-|说了领导两句，第二天就被开

# ---- (11) manager ----
manager harassment|-|leader天天pua😅
manager|-|老板天天画饼
manager workload|-|画饼+996+单休
manager|-|领导朝令夕改
manager|-|主管偏心，好活都给亲信
manager|-|老板娘管得比老板还宽
manager|-|微管理，上个厕所都要报备
manager|-|领导不懂业务瞎指挥
manager|-|X经理脾气差，一点就炸
manager harassment|-|店长当众骂人，骂得很难听
manager|-|领导只会甩锅
manager pay|-|老板抠门
manager|-|主任搞一言堂
manager|-|leader能力不行，带不动
manager workload|-|下班后领导夺命连环call
manager workload|-|老板半夜发语音派活
manager|-|管理混乱，一人一个说法
manager|-|老板迷信，工位朝向都要管😅
manager|-|总监天天开会，啥也不拍板
manager harassment|-|领导吼人是常态
manager|-|新来的主管瞎改流程
manager|-|经理跟老员工穿一条裤子
manager|-|老板娘天天查监控挑刺
manager|-|主管双标，自己迟到不扣
manager|-|让背锅还得写检讨
manager|-|画大饼：明年上市人人有股份😂
manager|-|负责人不管事，出事才冒出来
manager harassment|-|经理骚扰女员工
manager harassment|-|领导pua说我离了这里没人要

# ---- (12) career ----
career|-|没晋升空间
career|-|干五年还是专员
career|-|待着学不到啥东西
career|0|想往上走走，这边没机会了
career|-|看不到未来
career|-|升职全靠熬资历
career|-|技术栈老旧，再待就废了
career job_fit|-|重复工作，没成长
career|-|编制轮不到临时工
career|-|晋升通道被堵死
career|-|上面的人不走，下面的永远上不去
career|0|舒适区待久了，想突破
career|0|个人职业规划调整
career manager|-|职称名额都给了领导
career|-|没前途，真的
career|-|岗位是死的，干到退休也这样
career|-|35了还在基层，慌
career manager|-|晋升是画饼，永远"明年"
career|-|外包身份转不了正
career|-|干的全是边角料，简历写不出东西
career discrimination|-|女生升不了管理层
career|0|想找个有发展的地方
career pay|-|加薪升职都没戏
career|-|在这儿只能混日子
career|-|平台太小，发展受限
career|-|做了三年执行，摸不到核心业务
career|-|职级两年没动
career|-|成长太慢，同龄人都超我了
career|-|只招空降兵，内部从不提拔
career|-|学历卡晋升，大专免谈
career pay|-|没上升通道，工资也卡死
career|-|说好的轮岗一直没兑现

# ---- (13) health ----
health|0|身体扛不住了
health workload|-|熬夜熬出心律不齐
health|0|腰椎间盘突出，干不了重活
health|0|抑郁了，医生让休息
health|0|做了个手术，要养
health conditions safety|-|车间噪音大，听力下降了
health workload|-|天天加班，头发掉光了
health|0|焦虑到失眠
health|0|身体原因
health labor_law|-|工伤没人管
health|0|胃病复发
health conditions|-|站久了静脉曲张
health workload|-|累出甲状腺结节
health|0|查出来肿瘤，回家治病
health|-|颈椎病+鼠标手，代价太大
health|0|心理状态不好，想歇歇
health workload|-|连上七个夜班，晕倒在病房

# ---- (14) study ----
study|0|考研去了
study|0|二战考研，脱产备考
study|0|出国读书
study|0|拿到英国的offer了，去读研
study|0|回学校读博
study manager|-|想考研，领导不给假
study|0|读个全日制MBA
study|0|专升本，全日制
study|0|准备考雅思申请
study|0|去日本读语言学校
study|0|辞职备考研究生
study|0|收到研究生录取通知了
study|0|想回炉重造读个硕士
study|0|申请了港硕
study workload|-|夜校总被加班冲掉，干脆辞了读书
study|0|去读全日制护理本科

# ---- (15) flags, short ----
misconduct culture|-|做假账，不敢待
misconduct manager|-|领导让我改数据应付检查
labor_law|-|不签合同
labor_law|-|扣身份证
pay labor_law|-|gs不交社保
involuntary discrimination|-|过了35就让走
misconduct manager|-|主管吃回扣，供应商都知道
safety misconduct conditions|-|出了事故让瞒着
conditions harassment|-|家长天天骂老师，学校不管
workload pay labor_law|-|加班不给钱，还不让报
conditions harassment|-|顾客动手，店里让忍着
safety workload|-|为赶单闯红灯，不闯就超时

# ---- (16) no reason ----
-|0|无，没啥可说的
-|0|暂无评价
-|+|挺好的没啥缺点
-|0|懂的都懂
-|0|不便透露
-|0|个人原因，不多说
-|0|没什么
-|0|不想说
-|0|想换个环境
-|0|想休息一段时间
-|+|谢谢公司
-|0|略过
-|0|nothing
-|0|…
-|0|嗯，没啥要补充的
-|0|/
-|0|同楼上
-|0|就是不想干了
-|+|感恩遇见，江湖再见🙏
-|0|说来话长
-|0|离职证明啥时候给
-|0|没有
-|0|n/a
-|0|私事
-|+|都挺好，祝公司越来越好
-|0|想gap一下
-|0|随便吧
-|0|不填
-|0|考虑了很久，决定了
-|+|没有不满意的地方
-|0|问这个干啥
-|0|emmm
-|0|想出去看看
-|+|缺点：暂时没发现
-|0|这个问题可以跳过吗
-|+|公司很好，是我自己的问题
-|0|没啥原因，就是想走
-|-|说了也没用

# ---- (17) hard negatives: praised or denied ----
-|-|离家近是唯一优点
-|+|同事都挺好
-|+|领导人不错，从不pua
-|+|工资按时发，从来没拖过
-|+|食堂还行，宿舍也干净
-|+|培训挺系统的
-|0|不是被裁的，自己走的
-|+|带教师傅很耐心
-|+|双休不加班，良心企业
-|0|不是因为钱
-|0|和领导没关系
-|+|通勤十分钟，很方便
-|+|公司发展挺好的，不用担心
-|+|考核挺公平的
-|+|氛围轻松，没有内卷
-|0|跟家里没关系，纯粹想换
-|+|老板大方，年终奖给得足
-|0|身体没问题，别多想
-|0|不考研，也不出国
-|+|岗位跟我想的一样，挺喜欢
-|0|也没找好下家
-|+|晋升挺快，两年升了两级
-|+|五险一金齐全
-|0|没被辞，合同还没到期
-|+|优点：不打卡，弹性上班
workload|-|工资倒是按时发，就是天天加班
manager|-|同事都挺好，就是领导太难搞
pay|-|离家近，但工资太低
location|-|活不累，就是太远了
conditions|-|人都好，就是宿舍太破
culture|-|老板人不错，同事难相处
"""
