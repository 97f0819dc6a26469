# -*- coding: utf-8 -*-
"""Hand-written clause pools for composing training answers (train split only).

Format of every non-blank line inside a section:  LABELS|SENT|TEXT
  LABELS  space-separated codebook keys the clause expresses (reasons and flags
          mixed; the script splits them), or "-" for none.
  SENT    "-" negative, "0" neutral, "+" positive (tone toward the employer).
  TEXT    the clause, without final punctuation.
Sections ("## name"):
  reason / flag sections: every line must carry the section key.
  contrast: LABELS is the key the clause *denies or praises* (it must not be
            combined with a clause carrying that key); the clause adds no label.
  open_pos / close_pos / close_neu / close_neg: openers and closers; LABELS as
            in contrast (keys they would contradict).
  none_a / none_b / none_c: pieces of answers that give no reason at all.
"""

CLAUSES = r"""
## pay
pay|-|工资太低了
pay|-|钱太少，养不活自己
pay|-|三年没涨过一分钱工资
pay|-|到手就三千出头，房租一交啥也不剩
pay|-|年终奖说没就没了
pay|-|五险一金都是按最低标准交的
pay|-|按最低基数给我们交社保，还说是为我们好
pay|-|公积金只交百分之五
pay|-|底薪太低，全靠提成，提成还越来越难拿
pay|-|同岗位新来的都比我工资高
pay|-|薪资水平明显低于行业平均
pay|-|说好转正涨薪，结果转正了也没涨
pay|-|绩效工资占比太大，实际到手没多少
pay|-|福利一年比一年少，过节费都取消了
pay|-|餐补房补都砍了
pay|-|钱少得可怜
pay|-|这点工资在这边根本不够花
pay|-|调薪幅度太小，还跑不赢物价
pay|-|承诺的年终奖一直没兑现
pay|-|薪酬待遇跟付出完全不成正比
pay|-|给的钱还不如隔壁送外卖的
pay|-|夜班补贴才几十块钱
pay|-|好几年了还是那点死工资
pay|-|说好的期权最后一股都没给
pay|-|工资常年不涨，物价天天涨
pay|-|钱给得太抠了
pay|-|基本工资压得很低，全是浮动的
pay|-|年终奖发得跟打发叫花子一样
pay|-|钱是真少
pay|-|工资还是五年前的水平
pay|-|提成比例一降再降
pay|-|住房补贴没了，工资又没涨
pay|-|奖金被各种名目砍掉一大半
pay|-|拿着实习生的工资干着老员工的活
pay|-|薪水低到离谱
pay|-|月薪三千五，还要自己交饭钱
pay|-|税后到手不到四千
pay|-|干了五年工资就涨了三百块
pay|-|工资待遇一般般，没什么盼头
pay|0|工资方面还是希望能再高一点
pay|0|收入达不到我的预期
pay|0|薪资跟我的期望有些差距
pay|0|想找一份收入更高一点的工作
pay|0|现在的薪资确实有点低
pay|0|出于薪酬方面的考虑
pay|0|薪资待遇上有一些顾虑
pay workload|-|一个月四千块钱，干的是两个人的活
pay workload|-|加班费算得很少，按最低工资基数算
pay labor_law|-|工资拖了两个多月还没发
pay labor_law|-|经常拖欠工资，每个月都要催
pay labor_law|-|最后一个月的工资到现在都没结
pay labor_law|-|公司一直不给交社保
pay labor_law|-|入职一年了社保一直没给上
pay labor_law|-|无故克扣工资
pay labor_law|-|押了一个月工资不给
pay workload labor_law|-|加班从来没有加班费

## career
career|-|在这里看不到发展
career|-|干了三年还是原地踏步，没有晋升机会
career|-|学不到新东西了
career|-|天花板太低，再往上没位置了
career|-|晋升通道基本是堵死的
career|-|上面的位置都被老人占着，轮不到我们
career|-|想要更大的平台
career|-|技术栈太老了，再待下去就废了
career|-|做了五年还是个普通专员
career|-|升职全靠熬年头
career|-|没有成长空间
career|-|这个岗位没有前途
career|-|公司不重视年轻人的发展
career|-|职级体系形同虚设，几年都升不上去
career|-|在这待着就是混日子，对个人成长没好处
career|-|三十了还在干最基层的活，心里着急
career|-|说是储备干部，干了两年还是一线员工
career|-|看不到上升空间
career|-|干到头也就是个组长
career|-|晋升名额每年就那么一两个
career|-|在这儿能力一点没提高
career|-|待久了人都废了
career|-|做的东西太边缘，没有含金量
career|-|行业经验积累不起来
career|-|转岗申请一直不批，想换个方向都不行
career|-|基层干满五年才有资格竞聘
career|-|发展空间太小
career|-|这里的经验出去不值钱
career|-|干了这么久没有任何成长
career|-|新业务都不让我们碰，只能守着老摊子
career|-|一眼能望到退休，太没意思了
career|0|出于个人职业规划的考虑
career|0|想换个方向发展一下
career|0|希望能有更好的职业发展空间
career|0|想趁年轻多尝试一些东西
career|0|感觉到了一个瓶颈期，想出去看看
career|0|想往管理方向走，这边暂时没有机会
career|0|想积累一些不同的经验
career|0|个人发展需要
career|0|想挑战一下自己
career|0|想在专业上再深入一点
career|0|希望找一个能长期发展的平台
career|0|考虑到自己长远的职业发展
career job_fit|-|每天重复同样的事，感觉自己在退步
career appraisal|-|晋升评审走个过场，名额早就内定了

## manager
manager|-|直属领导太难相处了
manager|-|领导只会画饼
manager|-|主管能力不行，瞎指挥
manager|-|经理偏心，好活都给他的人
manager|-|领导朝令夕改，今天一个说法明天一个说法
manager|-|组长事事都要管，连上厕所都要报备
manager|-|上级不懂业务还爱插手
manager|-|领导有功自己领，有锅我们背
manager|-|跟领导沟通不了，说什么都不听
manager|-|新来的主管很强势，一言堂
manager|-|领导天天开会，开完会啥也没解决
manager|-|店长只会甩锅
manager|-|护士长对我们特别苛刻
manager|-|车队长安排活看关系
manager|-|老板的亲戚当领导，什么都不懂
manager|-|上面画的饼一个都没兑现过
manager|-|领导说话不算话
manager|-|部门经理管得太细了，每封邮件都要抄送他
manager|-|上级从来不给明确的指示，出了问题又怪我们
manager|-|领导只看结果，资源一点不给
manager|-|组长拉帮结派
manager|-|车间主任脾气太大了
manager|-|换了个新领导，风格实在接受不了
manager|-|上司很难伺候
manager|-|主管从来不替下面的人说话
manager|-|领导安排工作没有计划，天天救火
manager|-|老板管得太多，什么都要插一手
manager|-|有事找领导永远找不到人
manager|-|经理只会拍马屁，不干实事
manager|-|领导对人双标
manager|-|管理很混乱，不知道该听谁的
manager|-|领导喜欢搞小圈子
manager|-|领导画饼画了三年
manager|-|主管不会带团队
manager|-|店长天天盯着监控挑毛病
manager|-|上级甩锅一流
manager|-|直属领导能力太差
manager|-|上级毫无担当
manager|-|领导老让我们帮他干私事
manager|0|和直属上级在工作理念上有一些分歧
manager|0|跟领导的管理风格不太合拍
manager|0|和主管在工作方式上磨合得不太好
manager workload|-|领导半夜还在群里@人
manager harassment|-|领导动不动就当众骂人
manager harassment|-|主管说话很难听，经常人身攻击
manager harassment|-|leader天天PUA

## workload
workload|-|加班太多了
workload|-|天天加班到十点
workload|-|996太累了
workload|-|大小周，根本没有休息时间
workload|-|一个月就休两天
workload|-|单休还经常被叫回来加班
workload|-|人手严重不够，一个人干三个人的活
workload|-|夜班太多，连着上七个夜班
workload|-|周末也要随时待命
workload|-|半夜经常被电话叫起来处理问题
workload|-|工作量太大，每天都做不完
workload|-|压力太大了
workload|-|节假日从来不放假
workload|-|一天站十二个小时
workload|-|任务量一个月比一个月多
workload|-|早上七点到晚上九点，天天如此
workload|-|下班了还要回消息
workload|-|项目一个接一个，没有喘息的时间
workload|-|旺季连轴转，一个月没休过
workload|-|病人太多护士太少，一个人管十几张床
workload|-|一天跑两百多单，累得不行
workload|-|工作强度太大
workload|-|活越来越多，人越来越少
workload|-|走了几个人都不补，活全压在我们身上
workload|-|加班是常态，不加班反而不正常
workload|-|每天加班到凌晨
workload|-|休息日也要开会
workload|-|一个班十二小时，两班倒
workload|-|长期高强度，真的熬不住了
workload|-|节奏太快了
workload|-|事情太杂太多
workload|-|连轴转了半年
workload|-|天天赶工期
workload|-|下班时间从来没准过
workload|-|年假根本休不了
workload|-|一个电话接一个，连喝水的时间都没有
workload|-|晚上还要写各种材料
workload|-|一人多岗，什么都要干
workload|-|随叫随到，手机不敢关
workload|-|每天都是最后一个走的
workload|-|早班晚班来回倒，累
workload|0|工作节奏比我预期的快，强度比较大
workload|0|现在的工作强度有点吃不消
workload|0|希望能找一个工作时间规律一点的岗位
workload pay|-|加班费算得很少
workload pay labor_law|-|天天加班却一分加班费都没有
workload pay labor_law|-|强制要求周末加班，不给调休也不给钱

## appraisal
appraisal|-|绩效考核不公平
appraisal|-|KPI定得根本完成不了
appraisal|-|考核标准不透明，全凭领导一句话
appraisal|-|动不动就罚款，迟到一分钟扣五十
appraisal|-|干得再多也没人看见
appraisal|-|付出得不到认可
appraisal|-|年底评优永远轮不到我们一线
appraisal|-|绩效总是给C，也不说为什么
appraisal|-|各种扣分，一个月下来扣掉好几百
appraisal|-|末位淘汰，天天提心吊胆
appraisal|-|考核指标一年改三次
appraisal|-|客户投诉一次就扣绩效，不管是不是我们的错
appraisal|-|辛辛苦苦干一年，考评还是个合格
appraisal|-|做得好没奖励，做错了就罚
appraisal|-|打分全看关系
appraisal|-|考核太多太细了
appraisal|-|业绩被别人抢了
appraisal|-|从来没有被表扬过
appraisal|-|评职称名额分得不公平
appraisal|-|绩效是强制分布的，总有人要背D
appraisal|-|考核只看数字不看实际工作
appraisal|-|好评率考核太变态了
appraisal|-|一个差评就扣一天的钱
appraisal|-|年终评估就是走过场
appraisal|-|罚款比奖金还多
appraisal|-|质检扣分标准说变就变
appraisal|-|努力了也不被认可
appraisal|-|晚一分钟就算迟到扣钱
appraisal|-|干多干少一个样
appraisal|-|评价体系不合理
appraisal|-|打卡漏一次扣半天工资
appraisal|-|考核压力太大
appraisal|-|积分制度太复杂，扣分扣得莫名其妙
appraisal|-|优秀员工都是内定的
appraisal|-|没有任何激励机制
appraisal|-|KPI压得人喘不过气
appraisal|-|每个月考试排名公示，排后面的还要罚
appraisal|-|业绩都算在组长头上
appraisal|-|表现再好也评不上先进
appraisal|0|希望自己的工作能得到更多认可
appraisal|0|觉得考核方式和自己的工作方式不太匹配
appraisal|0|对今年的绩效结果有些想法
appraisal manager|-|功劳全是领导的

## training
training|-|入职以后没人带
training|-|没有任何培训就让直接上岗
training|-|师傅根本不教，什么都让自己摸索
training|-|培训全是走形式
training|-|新人来了直接扔一线，出了错还要自己担着
training|-|老员工藏着掖着不肯教
training|-|所谓的培训就是看视频打卡
training|-|想考证公司一点不支持
training|-|没有系统的带教
training|-|岗前培训只有半天
training|-|没人指导，专业技能学不到
training|-|带教老师自己都忙不过来，根本顾不上我们
training|-|说好的培训体系根本不存在
training|-|培训课都是老一套，没用
training|-|考证的费用要自己出，也不给假
training|-|没人给新人讲流程，全靠猜
training|-|入职第一天就让独立值班
training|-|有问题不知道该问谁
training|-|导师制就是个名头
training|-|想参加外部培训，申请从来不批
training|-|培训内容和实际工作完全脱节
training|-|新系统上线也不培训，直接让用
training|-|师傅自己也是半路出家
training|-|规培期间没人管我们
training|-|一直在打杂，没人教真本事
training|-|公司从来不搞培训
training|-|没有新人手册，也没人带
training|-|带我的人三天两头换
training|-|职业资格证培训只说不做
training|-|问问题还被嫌烦
training|-|培训师自己都不懂
training|-|缺少专业指导
training|-|试用期三个月没人教过我一次
training|-|所谓传帮带根本没有
training|-|培训就是念PPT
training|-|教的东西跟实际用的完全两回事
training|-|新人进来就自生自灭
training|-|技能提升全靠自己花钱
training|0|希望能有更系统的培训和学习机会
training|0|这边的带教体系还不太完善
training|0|感觉新人的培养机制还可以再加强
training safety|-|操作规程都没培训就让上机器
training appraisal|-|培训结束还要考试，不过就扣钱

## job_fit
job_fit|-|实际工作和招聘时说的完全不一样
job_fit|-|招我进来说做设计，结果天天做表格
job_fit|-|干的活跟专业一点不沾边
job_fit|-|每天重复同样的动作，太枯燥了
job_fit|-|我不喜欢这个工作
job_fit|-|被强行调岗到了仓库
job_fit|-|说是运营，其实就是客服
job_fit|-|性格不适合做销售
job_fit|-|工作内容太杂，什么都让干
job_fit|-|入职后被调去做了完全不相干的事
job_fit|-|面试说是管理岗，来了才知道是一线
job_fit|-|天天打电话推销，实在干不来
job_fit|-|流水线上一个动作做一天，人都麻了
job_fit|-|这活儿没意思
job_fit|-|没有技术含量，谁都能干
job_fit|-|被安排去干杂活
job_fit|-|干的不是我擅长的东西
job_fit|-|招的是会计，结果让我去跑业务
job_fit|-|一直让我做行政，跟我应聘的岗位不一样
job_fit|-|实在受不了天天跟人打交道
job_fit|-|不喜欢这种销售导向的工作
job_fit|-|从技术岗被调到了售后，没商量
job_fit|-|每天就是复制粘贴
job_fit|-|说好的带团队，结果自己一个人干
job_fit|-|工作太单调了
job_fit|-|一直在做岗位说明书上没有的事
job_fit|-|被安排值守夜间岗，不是我应聘的
job_fit|-|做的都是些边角料的活
job_fit|-|不擅长也不喜欢这种工作
job_fit|-|教学岗变成了招生岗，天天打电话
job_fit|-|护理岗被调去做行政文书
job_fit|-|机械重复，毫无挑战
job_fit|-|这份工作跟我想象的差太远了
job_fit|-|天天写报告，根本不是我想干的
job_fit|-|岗位职责说变就变
job_fit|-|入职半个月就被调了三次岗
job_fit|0|觉得自己不太适合这个岗位
job_fit|0|想做跟自己专业相关的工作
job_fit|0|岗位和个人兴趣不太匹配
job_fit|0|发现自己对这个行业兴趣不大
job_fit|0|工作内容和自己的预期有偏差
job_fit|0|想找一份更符合自己性格的工作
job_fit|0|想做点更有创造性的事情

## culture
culture|-|同事之间勾心斗角
culture|-|办公室政治太严重了
culture|-|团队氛围很压抑
culture|-|被同事排挤
culture|-|小团体很多，融不进去
culture|-|出了事大家互相甩锅
culture|-|部门之间互相推诿
culture|-|公司价值观和我不合
culture|-|同事之间没有信任
culture|-|氛围太冷漠了，没人说话
culture|-|背后说人坏话的太多
culture|-|人际关系太复杂
culture|-|论资排辈很严重
culture|-|什么事都讲关系
culture|-|官僚作风严重，办个事要盖七八个章
culture|-|形式主义太多了
culture|-|酒桌文化受不了，每次聚餐都逼着喝
culture|-|团建占用周末还必须参加
culture|-|大家都在摸鱼，干活的反而被嫌弃
culture|-|本地人抱团，外地人很难融入
culture|-|同事素质太差
culture|-|出了错就开会找人背锅
culture|-|团队里没有人愿意担责任
culture|-|企业文化就是口号
culture|-|人情世故太多，累心
culture|-|站队太严重
culture|-|跟同事相处不来
culture|-|被孤立了
culture|-|气氛太紧张了
culture|-|狼性文化，不适合我
culture|-|群里天天拍马屁
culture|-|关系户太多，干活的都是我们
culture|-|勾心斗角的事太多了，心累
culture|-|内部竞争太恶性
culture|-|上上下下都很虚伪
culture|-|开会比干活多，全是形式主义
culture|0|感觉和团队的文化不太契合
culture|0|个人风格和团队氛围不太一样
culture|0|和公司的价值观有些出入
culture workload|-|天天内卷，比谁走得晚
culture harassment|-|老员工欺负新人

## conditions
conditions|-|宿舍条件太差，八个人一间
conditions|-|食堂的饭没法吃
conditions|-|车间里又热又吵
conditions|-|电脑太老了，开个软件都卡
conditions|-|办公环境太挤
conditions|-|没有空调，夏天热死
conditions|-|工具都要自己买
conditions|-|排班不合理，经常临时调班
conditions|-|班车取消了
conditions|-|宿舍没有热水
conditions|-|店里连个休息的地方都没有
conditions|-|工作服一年就发一套
conditions|-|设备老旧，经常坏
conditions|-|办公室在地下室，不见阳光
conditions|-|车太破了，三天两头修
conditions|-|没有停车位
conditions|-|吃饭时间只有二十分钟
conditions|-|夜班没有地方休息
conditions|-|系统太难用了，效率很低
conditions|-|厂区周边什么都没有
conditions|-|工地住的是板房，冬冷夏热
conditions|-|连饮水机都没有
conditions|-|排班表每周都变，没法安排生活
conditions|-|办公椅都是坏的
conditions|-|网速慢得要命
conditions|-|工位太小了
conditions|-|厕所脏得没法用
conditions|-|冬天车间没暖气
conditions|-|饭菜又贵又难吃
conditions|-|硬件条件太差
conditions|-|值班室条件很差
conditions|-|设备不够用，要抢着用
conditions|-|仓库闷热，一点风都没有
conditions|-|没有更衣室
conditions|-|开放式办公太吵，没法集中精力
conditions|-|宿舍离车间太远，还没有班车
conditions|0|工作环境和我期望的有些差距
conditions|0|倒班的作息不太适合我
conditions|0|想找一个作息固定一点的工作
conditions safety|-|工作环境粉尘大

## company
company|-|公司效益越来越差
company|-|公司快不行了
company|-|业务一直在萎缩
company|-|天天在裁员，人心惶惶
company|-|公司架构调整了好几次
company|-|老板换了三个，战略一直在变
company|-|公司前景不明朗
company|-|融资没拿到，估计撑不了多久
company|-|行业不景气，公司也在收缩
company|-|部门要被合并了
company|-|公司被收购了，以后不知道怎么样
company|-|项目一个个都停了
company|-|门店接连关了好几家
company|-|订单越来越少
company|-|公司方向看不清
company|-|高层斗争，下面的人跟着遭殃
company|-|管理层频繁变动
company|-|业务转型失败了
company|-|产品卖不动，公司在亏钱
company|-|总部一直在砍预算
company|-|公司现金流很紧张
company|-|老板跑路的传言越来越多
company|-|感觉公司随时会倒
company|-|经营状况很不稳定
company|-|连续两年亏损
company|-|总经理走了，下面一团乱
company|-|业务线被砍了
company|-|公司上市的事黄了
company|-|集团在重组，我们这块不知道归谁
company|-|医院在搞改制，前途未卜
company|-|学校招生一年比一年少
company|-|楼盘卖不出去，物业费也收不上来
company|-|公司一直在走下坡路
company|-|站点要撤了
company|-|公司越来越没希望了
company|-|大环境不好，公司也撑不住了
company|-|新老板上台，一切推倒重来
company|-|公司都快发不出工资了
company|0|公司在做战略调整，我们的业务方向有变化
company|0|部门重组以后岗位变化比较大
company|0|对公司未来的发展方向有些担心

## family
family|0|家里孩子小，需要人照顾
family|0|家里老人身体不好，需要人照顾
family|0|准备结婚了
family|0|怀孕了，想在家安心养胎
family|0|孩子上小学了，要接送
family|0|家里有些事情需要处理
family|0|想多陪陪家人
family|0|家里人希望我换个稳定点的工作
family|0|二胎出生了，家里忙不过来
family|0|父亲住院了，需要人陪护
family|0|要带孩子，上不了夜班了
family|0|家里生意需要人帮忙
family|0|个人感情上出了点问题，想换个环境
family|0|老婆快生了
family|0|结婚以后想要孩子
family|0|孩子没人带
family|0|家里老人年纪大了，离不开人
family|0|孩子要中考了，得在家盯着
family|0|家里出了点变故
family|0|需要照顾家庭
family|0|打算要二胎
family|0|媳妇不让干了，说太辛苦
family|0|家里人不同意我继续干这行
family|0|要照顾住院的奶奶
family|0|想把重心放回家庭
family|0|家里拆迁，有很多事要处理
family|0|父母年纪大了，想多陪陪他们
family|0|女儿要上幼儿园了，需要接送
family|0|跟对象商量好了要一起生活
family|0|家里有病人，离不开
family|0|家庭方面的原因
family|0|婚后想过稳定一点的生活
family|0|孩子身体不好，要多花时间陪他
family|0|家里人一直催我换工作
family|0|准备备孕
family|0|母亲刚做完手术，要有人照顾
family|0|出于家庭原因的考虑
family|0|孩子马上要出生了
family location|0|爱人工作调动，我也得跟着走
family location|0|男朋友在别的城市，想离他近一点
family location|0|不想再跟家里人两地分居了
family workload|-|天天加班，孩子都不认识我了
family workload|-|经常出差，根本顾不上家

## location
location|0|离家太远了，每天通勤三个小时
location|0|要回老家了
location|0|搬家了，过来太远
location|0|准备回老家发展
location|0|通勤时间太长
location|0|地铁要倒三趟
location|0|想回家乡那边工作
location|0|打算去南方发展
location|0|想回老家那边找工作
location|0|买了房子，离公司太远
location|0|早上六点就得出门
location|0|在这个城市待不下去了，想回去
location|0|家在城东，公司在城西
location|0|每天开车一个多小时
location|0|准备去别的城市定居
location|0|想离家近一点
location|0|通勤成本太高了
location|0|老家的房子盖好了，回去住
location|0|公交车要坐一个半小时
location|0|这边房租太贵，只能住得很远
location|0|想换个城市生活
location|0|路上来回四个小时，吃不消
location|0|户口在老家，以后还是要回去
location|0|准备回县城了
location|0|搬到了另一个区
location|0|通勤太折腾了
location|0|每天坐班车来回，时间太长
location|0|准备去一线城市闯闯
location|0|这边冬天太冷，想回南方
location|0|出于工作地点的考虑
location|-|被派驻到外地，一去就是一年
location|-|要把我调到外地分公司，不想去
location|-|公司搬到郊区去了，太远了
location|-|常驻项目现场，一年回不了几次家
location|-|门店调到了很远的区，没得选
location|-|一直轮岗到各个偏远站点
location|-|外派到工地，离家几百公里
location|-|新站点在城郊，过去要两个小时
location family|0|对象在别的城市，我过去找他
location family|0|离家近一点方便照顾家里

## health
health|0|身体出了点问题，需要休养
health|0|身体垮了，需要调养
health|0|做了个手术，需要休息一段时间
health|0|腰椎间盘突出，站不了太久
health|0|查出了甲状腺结节，医生让多休息
health|0|抑郁了，在看心理医生
health|0|情绪状态很差，晚上睡不着
health|0|焦虑症复发了
health|0|怀孕反应太大，坚持不下去
health|0|颈椎病越来越严重
health|0|胃病老犯
health|0|身体吃不消了
health|0|整个人状态很差，想停下来调整
health|0|医生建议我换个轻松点的工作
health|0|得了腱鞘炎，手都抬不起来
health|0|体检指标很多都不正常了
health|0|血压一直偏高
health|0|需要住院治疗
health|0|想好好养养身体
health|0|身体原因
health|0|最近总是头晕，想休息一下
health|0|得了带状疱疹，医生说是累的
health|0|精神状态不好
health|0|失眠很严重
health|0|眼睛出了问题，不能长时间看屏幕
health|0|膝盖受过伤，干不了重活
health|0|已经到了burnout的程度
health|0|整个人都被掏空了，想歇一歇
health|0|生了一场大病
health|0|身体和心理都到极限了
health|0|查出了乳腺的问题，要治疗
health|0|有点抑郁倾向
health|0|每天上班前都会心慌
health|0|慢性病需要长期治疗
health|0|胃出血住了一次院
health|0|腰肌劳损，搬不了货了
health|0|想给自己放个长假调整一下
health|0|身体一直不太好
health|0|嗓子坏了，讲不了课了
health|0|免疫力差，老生病
health|0|出于身体健康方面的考虑
health workload|-|天天加班把身体搞垮了
health conditions|0|对车间里的东西过敏很严重，受不了

## study
study|0|准备考研
study|0|要出国读书了
study|0|考上研究生了
study|0|想回学校继续读书
study|0|申请到了国外的学校
study|0|准备二战考研
study|0|想提升一下学历
study|0|要去读全日制MBA
study|0|拿到了博士录取
study|0|报了全日制的课程
study|0|准备考博
study|0|要去进修一年
study|0|想专升本
study|0|准备出国留学
study|0|想系统地学一门技术，报了脱产班
study|0|要去读研了
study|0|考研需要全身心准备
study|0|打算去日本读语言学校
study|0|被研究生院录取了
study|0|专心复习考研
study|0|想读个硕士
study|0|准备考护理本科
study|0|想去学设计，报了全日制的班
study|0|准备申请留学
study|0|学校那边开学了
study|0|要读个博士，需要脱产
study|0|要全职备考研究生
study|0|回学校读书
study|0|打算深造
study|0|继续学业
study|0|想去国外读个研
study|0|准备参加研究生考试
study|0|考上了在职研究生，需要时间上课
study|0|去学厨师了，全日制的
study|0|想先读书再说
study|0|拿到了学校的offer，去读研
study|0|要去读书充电
study|0|准备去新加坡读书
study|0|出于继续深造的考虑
study|0|准备脱产考个学位
study|0|想读个在职的博士，这边时间上不允许

## offer
offer|0|找到了更好的工作
offer|0|拿到了别家的offer
offer|0|有朋友介绍了一个更好的机会
offer|0|准备自己创业
pay offer|0|别的公司给的薪资高了百分之四十
offer|0|跟朋友合伙开店
offer|0|被猎头挖走了
offer|0|想转行做互联网
offer|0|考上了事业编
offer|0|考上公务员了
offer|0|有个更适合我的岗位
offer|0|去大厂了
offer|0|同行开了更好的条件
offer|0|想自己干点小买卖
offer|0|朋友那边缺人，过去帮忙
offer|0|收到了一家外企的录用通知
offer|0|有更好的发展机会
offer|0|准备去做自媒体
offer|0|去竞争对手那边了
offer|0|有了新的工作机会
offer|0|去一家新能源公司
offer|0|开个网店
offer|0|转行去做销售了
offer|0|被老同事拉过去了
offer|0|有家公司开的条件很好
offer|0|考进了国企
offer|0|新公司给了主管的职位
offer|0|准备开个奶茶店
offer|0|跟老乡一起去做工程
offer|0|外面的机会更多
offer|0|有个项目想自己做
pay offer|0|新东家给的package更好
offer|0|想换个行业试试
offer|0|去别家医院了
offer|0|接到了更好的offer
offer|0|考编已经录取了
offer|0|想出去闯闯，自己创业
offer|0|有猎头联系了我，条件不错
offer|0|另谋高就
offer|0|有家公司要我过去当技术负责人
offer|0|找到了一个更合适的平台

## involuntary
involuntary|-|被裁了
involuntary|0|合同到期，公司不续签了
involuntary|-|部门整体裁撤，我在名单里
involuntary|-|试用期没过
involuntary|-|被劝退了
involuntary|-|领导找我谈话让我自己走
involuntary|0|项目结束了，岗位取消
involuntary|-|公司优化，我被优化掉了
involuntary|-|被开除了
involuntary|-|被lay off了
involuntary|0|给了N+1让走人
involuntary|-|被调到边缘岗位逼走
involuntary|0|派遣合同到期
involuntary|-|我是被辞退的，不是自己要走
involuntary|0|实习期结束没留用
involuntary|0|返聘期满
involuntary|-|公司不让干了
involuntary|-|领导说我不适合，让我走
involuntary|-|没给理由就让我离开
involuntary|-|人事通知我明天不用来了
involuntary|-|被迫离职
involuntary|-|降薪降职逼我走
involuntary|0|劳务合同到期了
involuntary|-|赶上了大裁员
involuntary|-|说是协商解除，其实就是裁员
involuntary|-|因为一次失误被开了
involuntary|-|公司要求我离职
involuntary|-|被通知岗位取消
involuntary|-|不是我要走，是公司让我走
involuntary|0|被裁员了，补偿给得还算痛快
involuntary|0|季节性用工结束了
involuntary|-|试用期最后一天被通知不合格
involuntary|-|公司找各种理由逼我走人
involuntary|-|被优化了，毕业了
involuntary|0|考核没通过，公司没跟我续约
involuntary|0|双方协商解除了劳动合同
involuntary company|0|公司业务调整，岗位没了
involuntary company|-|门店关了，员工全部遣散
involuntary appraisal|-|年底末位淘汰被淘汰了
involuntary labor_law|-|公司违法辞退我，一分钱补偿都不给
involuntary labor_law|-|说辞退就辞退，N+1都不给
involuntary labor_law|-|被逼着自己写辞职信，好不给补偿

## harassment
manager harassment|-|领导当着全部门的面骂我是猪
manager harassment|-|主管天天PUA我，说我离了这里找不到工作
culture harassment|-|有男同事老是发黄色段子骚扰我
manager harassment|-|经理经常对女员工动手动脚
manager harassment|-|领导喝多了对我动手动脚
manager harassment|-|被领导扇过一巴掌
culture harassment|-|被老员工故意刁难，还被锁在门外
manager harassment|-|店长骂人特别难听，什么脏话都说
manager harassment|-|开会的时候被点名羞辱
manager harassment|-|组长让我当众罚站
manager harassment|-|主管骂我脑子有病
manager harassment|-|领导天天在群里阴阳怪气地挖苦我
culture harassment|-|同事联合起来孤立我，还在背后造谣
manager harassment|-|被上司骂哭了好几次
manager harassment|-|总监半夜给我发暧昧信息
manager harassment|-|领导逼我陪客户喝酒，还摸我
manager harassment|-|被领导用文件砸过
culture harassment|-|同事在工作群里公开辱骂我
manager harassment|-|主管让我写检讨在全员大会上念
manager harassment|-|领导长期精神打压，说我什么都做不好
manager harassment|-|被经理威胁不听话就让我在这行混不下去
manager harassment|-|经理老拿我的长相开玩笑
culture harassment|-|被师傅天天骂，还动手推我
manager harassment|-|组长动不动就摔东西吼人
manager harassment|-|领导长期冷暴力，不给活还说我不干活
manager harassment|-|上司对我性骚扰
manager harassment|-|老板当众让我下跪道歉
manager harassment|-|护士长经常当着病人的面骂我们
manager harassment|-|车间主任对工人动手
culture harassment|-|新人被老员工霸凌，没人管
manager harassment|-|领导一直拿辞退来恐吓我们
manager harassment|-|被leader PUA到怀疑自己
manager harassment|-|领导骂我们是废物、垃圾
manager harassment|-|被上级逼着在群里公开道歉
culture harassment|-|同事偷拍我还发到群里取笑

## discrimination
discrimination|-|公司明确说不要三十五岁以上的
discrimination involuntary|-|过了35岁就被劝退了
career discrimination|-|女生升职比男生难太多
pay family discrimination|-|怀孕后被调岗降薪
discrimination involuntary family|-|刚怀孕就被找理由辞退
culture discrimination|-|面试问我结婚生育计划，入职后一直被区别对待
appraisal discrimination|-|因为是外地人，评优从来没有我们的份
manager discrimination|-|领导说女的就是事多，不给重要的活
culture discrimination|-|因为是农村户口被差别对待
culture discrimination|-|我腿脚有残疾，一直被冷落
pay discrimination|-|同工不同酬，女员工工资明显比男的低
culture discrimination|-|因为是少数民族，被同事排挤
family discrimination|-|公司规定女员工两年内不能怀孕
career discrimination|-|结婚了就不给晋升
culture discrimination|-|就因为我是河南人，老被拿来开涮
career discrimination|-|年纪大了就被边缘化
involuntary discrimination|-|乙肝携带被逼着离职
manager discrimination|-|女司机一律不给派好线路
family job_fit discrimination|-|生完孩子回来岗位被别人顶了
discrimination|-|主管公开说不招已婚未育的女的
workload discrimination|-|年龄大的一律安排夜班
career discrimination|-|因为是女生，出差和项目的机会都不给
culture discrimination|-|男护士处处被区别对待
pay labor_law discrimination|-|外地员工不给交公积金
manager harassment discrimination|-|听力不好被同事嘲笑，领导还说我拖后腿
culture discrimination|-|四十岁的人就被当成累赘
involuntary discrimination|-|裁员专挑年纪大的裁
career discrimination|-|升职名单上全是男的
manager discrimination|-|因为信仰问题被领导针对
family career discrimination|-|女员工休完产假就被降级
career discrimination|-|公司有规定，过了三十五就不能转正
culture discrimination|-|东北人在这儿总被开地域玩笑
workload discrimination|-|因为没结婚，老被安排节假日值班
job_fit discrimination|-|个子矮被说影响形象，不让上前台

## misconduct
manager misconduct|-|领导让我做假账，我不想担这个责
culture misconduct|-|采购吃回扣太明显了
culture misconduct|-|公司要求我们伪造检测数据
culture misconduct|-|销售数据都是刷出来的
manager misconduct|-|经理私吞客户的返点
manager misconduct|-|财务主管让我在发票上做手脚
company misconduct|-|公司偷税漏税，我怕以后出事
safety misconduct|-|出了事故让我们统一口径瞒报
culture misconduct|-|让员工冒充客户刷好评
culture misconduct|-|上面要求补写病历造假
culture misconduct|-|为了过检查连夜补材料，数据全是编的
culture misconduct|-|老板给审批的人送红包
manager misconduct|-|仓库主管监守自盗
manager misconduct|-|业绩造假，还要我们配合
culture misconduct|-|过期的食品改了标签继续卖
culture misconduct|-|工程偷工减料，验收靠送钱
manager misconduct|-|主管让我们给客户签阴阳合同
company misconduct|-|公司虚开发票
manager misconduct|-|主管挪用公款
culture misconduct|-|招标都是内定的，走个形式
company misconduct|-|用员工的名字虚报工资套钱
manager misconduct|-|考勤记录被领导改了
culture misconduct|-|回扣风气太重，不收就被排挤
company misconduct|-|账目不清不楚，不敢待了
training misconduct|-|培训学时都是假的，签字就行
culture misconduct|-|让我们诱导老人买理财产品
company misconduct|-|客户的押金被挪用了
manager misconduct|-|领导让我们私下收现金不走账
culture misconduct|-|监理拿了钱就签字
company misconduct|-|环保检查前停产，检查完又偷排
culture misconduct|-|药品出入库记录都是编的
manager misconduct|-|经理逼我们在质检报告上签假名

## safety
conditions safety|-|车间没有任何防护措施
conditions safety|-|消防通道常年堵着货
conditions safety|-|干活不给发口罩，粉尘特别大
conditions safety|-|高空作业不给系安全带
conditions safety|-|机器的安全门坏了半年没人修
conditions safety|-|天天跟化学品打交道，连手套都不给
manager safety misconduct|-|出了工伤让我们别声张
conditions safety|-|噪音太大，好几个老师傅耳朵都不行了
conditions safety|-|电线乱拉，随时可能着火
workload safety|-|为了赶工逼我们违规操作
conditions safety|-|仓库货堆得太高，货架随时会倒
conditions safety|-|灭火器都是过期的
conditions safety|-|工地的防护网破了一直不换
conditions safety|-|夜里一个人值班，治安很差
conditions safety|-|接触放射线没有防护
conditions safety|-|甲醛超标的新办公室就让我们搬进去
workload safety|-|为了不超时只能闯红灯
conditions safety|-|有毒气体报警器是摆设
conditions safety|-|下井作业之前从来不检测
conditions safety|-|烫伤了好几个人，灶台一直不修
training safety|-|安全培训全是签字，从来没讲过
workload safety|-|疲劳驾驶是家常便饭
conditions safety|-|叉车没证也让开
safety misconduct|-|厂里发生过事故，被压下来了
conditions safety|-|车的刹车有问题，报修了也不管
conditions safety|-|护目镜都不配
safety misconduct|-|被针扎伤了也不让上报
conditions safety|-|长期接触噪声和粉尘，担心得职业病
conditions safety|-|配电箱漏电，领导说凑合用
conditions safety|-|深基坑没有支护就下去干活
conditions safety|-|易燃品跟宿舍在一栋楼
conditions safety|-|冲床的光电保护被拆了，说影响速度

## labor_law
pay labor_law|-|连续三个月没发工资
labor_law|-|一直不跟我签劳动合同
pay labor_law|-|社保断缴了半年，公司说没钱交
labor_law|-|试用期一签就是一年
pay labor_law|-|离职要扣押一个月工资
pay workload labor_law|-|强制加班不给钱
involuntary labor_law|-|被无故辞退，没有任何补偿
pay labor_law|-|工资被无故克扣
labor_law|-|入职时押了身份证原件
pay workload labor_law|-|加班从来不算加班费，还不让打卡
pay labor_law|-|工资条和实际发的对不上，少的钱问了也不给
pay labor_law|-|让我们签自愿放弃社保的声明
involuntary labor_law|-|逼我签自愿离职，不然就不给开离职证明
labor_law|-|合同在公司手里，我一份都没有
pay labor_law|-|病假期间一分钱不给
pay labor_law|-|培训期间不算工资
labor_law|-|离职还要交违约金，不交不让走
pay workload labor_law|-|每天强制加班到十点，没有加班费
pay labor_law|-|公积金一直说交，其实根本没交
family involuntary discrimination labor_law|-|产假回来直接被辞退
labor_law|-|劳动合同上的工作地点和岗位都是空的
pay labor_law|-|工资有一部分用购物卡抵
pay labor_law|-|押金交了两千，走的时候不退
labor_law|-|用实习协议代替劳动合同，干了两年还是实习生
involuntary labor_law|-|试用期最后一天被辞，说不符合录用条件，也拿不出证据
pay workload labor_law|-|法定节假日加班只给平时的钱
pay labor_law|-|拖欠绩效工资半年多
labor_law|-|签了三家外包公司的合同，一直不给转正式工
pay labor_law|-|工伤的医药费让我自己出
pay labor_law|-|年假没休也不给折算工资
labor_law|-|劳动合同签的是空白的，工资数都没填
involuntary labor_law|-|医疗期还没结束就被通知解除合同
pay labor_law|-|离职了还扣着最后一个月的提成不给

## contrast
pay|0|钱倒不是主要问题
pay|0|不是因为钱
pay|0|工资其实还行
pay|+|待遇还算可以
pay|0|说实话工资给得不低
pay|+|公司给的待遇在同行里不算差
manager|+|领导人挺好的
manager|+|直属领导对我挺照顾的
manager|0|跟领导没什么矛盾
manager|+|主管人真的不错
culture|+|同事都挺好的
culture|+|团队氛围还不错
culture|0|跟同事相处也没问题
culture|+|大家关系都很融洽
workload|0|活儿倒不算累
workload|0|加班其实不多
workload|0|工作量还能接受
conditions|+|环境挺好的
conditions|0|条件其实还可以
career|+|在这里也学到了不少
company|+|公司发展得挺好
company|0|公司本身没什么问题
training|+|刚来的时候师傅教得挺用心
appraisal|0|考核倒还算公平
job_fit|+|工作本身我挺喜欢的
location|0|离家也不远
health|0|身体倒没什么问题
pay manager|+|钱和领导都没毛病
pay culture|0|不是钱的事，也不是人的事

## open_pos
-|+|感谢公司这几年的培养
manager|+|非常感谢领导和同事们的照顾
-|+|在公司这段时间收获很多
-|+|公司对我一直挺好的
career|+|在这里成长了很多
-|+|首先感谢公司给我这个机会
-|+|这几年在公司过得挺开心的
culture|+|跟大家相处得很愉快
-|+|感谢公司的信任和栽培
manager|+|很感谢主管一直以来的帮助

## close_pos
-|+|祝公司越来越好
-|+|以后有机会再合作
culture|+|真的很舍不得大家
-|+|谢谢大家的照顾
-|+|感谢这段时间的栽培
-|+|有需要交接的我会尽力配合
-|+|祝大家工作顺利
-|+|这里还是挺值得推荐的
-|+|非常感谢

## close_neu
-|0|就这些
-|0|没别的了
-|0|所以决定离职
-|0|所以提了离职
-|0|也是考虑了很久才决定的
-|0|所以就走了
-|0|大概就是这样
-|0|别的也没什么了
-|0|所以就不打算继续做了
-|0|想了很久还是决定走
-|0|就这么简单
-|0|没办法

## close_neg
-|-|垃圾公司
-|-|谁来谁后悔
-|-|避雷
-|-|劝大家别来
-|-|真的待不下去了
-|-|不想再受这个气了
-|-|一天都不想多待
-|-|早走早解脱
-|-|这破地方爱谁干谁干
-|-|懂的都懂
-|-|呵呵
-|-|再也不会回来了

## none_a
-|0|没什么特别的原因
-|0|不太想细说
-|0|说来话长，不多说了
-|0|个人原因吧，不方便透露
-|0|没什么好说的
-|0|这个问题我跳过
-|0|暂时不想讲
-|0|原因就不展开了
-|0|没什么，真的
-|0|不知道怎么说
-|0|嗯……想法比较多，一句两句说不清
-|0|该说的都跟主管说过了
-|0|这个就不写了吧
-|0|我就不多说了
-|0|就这样吧
-|0|没有想补充的
-|0|不方便说

## none_b
culture|+|同事关系很融洽，走了挺舍不得
manager|+|领导对我很照顾
-|+|这几年在这儿挺开心的
-|+|公司整体挺好的
career|+|在这学到了很多东西
pay|+|待遇也挺好的
-|+|没什么不满意的
conditions|+|工作环境也不错
-|+|对公司没有意见
training|+|师傅带得很用心
-|+|公司各方面都还可以
company|+|公司发展挺好的，挺看好的
-|0|对公司也没什么意见
-|0|公司挺正常的

## none_c
-|0|离职证明什么时候能开？
-|0|最后一个月工资什么时候发？
-|0|社保这个月还交吗？
-|0|交接需要找谁？
-|+|谢谢
-|+|祝大家都好
-|+|谢谢关心
-|0|问卷还要填多少？
-|0|公积金怎么转出？
-|0|工牌交给谁？
-|+|感谢公司
-|0|这个问卷是匿名的吗？
-|0|电脑要还到哪里？
-|+|辛苦HR了
"""
