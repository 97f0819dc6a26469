# -*- coding: utf-8 -*-
# Hand-written whole answers: angry venting, 996 blacklist / anonymous review / Weibo style, sarcasm.
HW = r"""
workload pay labor_law|-|加班严重，周末强制上班还不给加班费，垃圾公司。
workload pay labor_law|-|【避雷】某公司，996是常态，加班没有加班费，还要签自愿加班协议，劝大家别来。
workload|-|福报拿够了，留给有缘人吧🙃
workload|-|感谢公司让我体验了一把007的福报，下辈子再也不来了。
manager|-|画饼大师，饼画得比我家楼下烧饼铺还圆。
manager|-|老板的饼我已经吃撑了，消化不了了。
manager pay|-|年初说年底翻倍，年底说明年翻倍，明年说后年，呵呵。
pay|-|工资低到我妈以为我在做公益。
pay|-|月薪三千，心怀天下，该醒醒了。
pay|-|工资涨幅跑不过猪肉，我还是去养猪吧。
company|-|公司马上要凉了，趁还能领到工资赶紧跑😅
company|-|这公司就是个草台班子，今天一个战略明天一个方向，迟早完蛋。
culture|-|狼性文化，人均戏精，开会喊口号喊到嗓子哑，干活的没几个。
culture|-|天天拜山头、搞站队，不跟对人你就等着被穿小鞋吧。
manager appraisal|-|活是我干的，奖是领导拿的，背锅是我背的，这个逻辑闭环了。
appraisal manager|-|干得好是领导英明，干不好是我们执行不到位，永远的打工人😭
manager harassment|-|领导天天PUA：“你出去看看谁会要你”，不好意思，我找到了。
manager harassment offer|-|领导天天PUA说我出去找不到工作，结果我拿了三个offer，拜拜了您嘞👋
harassment manager|-|老板开会当众摔杯子骂人，说我们是“一群饭桶”，这种公司谁爱待谁待。
workload health|-|#离职# 连续三个月每天凌晨两点下班，现在一闭眼就心慌，命比钱重要。
workload|-|打工人打工魂，打工都是人上人？不了不了，我要做个人。
workload|-|周末=周六上班+周日待命，请问这叫双休吗？
workload|-|内卷太严重了，大家比着谁最后一个走，灯一直亮到十一点，我卷不动了，躺平了。
workload|-|牛马也要休息的好吗，一个月就休两天。
manager workload culture|-|不加班就是态度有问题，准点下班要被领导叫去谈话，这是什么文化？
pay labor_law manager|-|工资拖了三个月，老板朋友圈天天晒高尔夫，真是好样的。
pay labor_law|-|拖欠工资、不交社保、不签合同，三件套齐活了，这公司还能待？
labor_law pay|-|来了一年社保都没给交，问就是“在办了”，办到猴年马月？
involuntary labor_law|-|一句“你被优化了”就让我今天下班前收拾东西走人，N+1？做梦吧，连N都没有。
involuntary labor_law harassment|-|HR逼着签自愿离职，不签就每天让我坐在会议室里什么都不让干，什么玩意儿。
involuntary|-|被“毕业”了，感谢公司让我提前体验失业。
involuntary|-|lay off名单下来，整个组就剩一个人，我不是那个人😅
career discrimination involuntary|-|35岁在这家公司就是原罪，过了35没有被优化的人，我已经34了，提前跑路。
pay culture discrimination|-|女生面试必问婚育，入职以后怀孕就调岗降薪，这公司简直了。
discrimination family pay involuntary|-|怀孕以后直接被调岗降薪，说是照顾我，其实就是逼我走，这种公司迟早被告。
culture misconduct|-|财务做两套账，给税务一套，给老板一套，我一个小会计顶不住这个风险，跑了。
culture misconduct|-|产品数据全是刷的，融资PPT上的用户数翻了十倍，我怕哪天进去了。
pay culture misconduct|-|好评是刷的，销量是刷的，连员工满意度都是刷的，只有我的工资是真的少。
conditions safety|-|车间消防通道堆满了货，灭火器过期三年，安全检查前一天连夜搬走，检查完搬回来，这就是某厂的日常。
culture misconduct safety manager|-|工地上摔伤了人，老板给了点钱让闭嘴，对外说是自己在家摔的，这种事我不想再看到了。
manager|-|我们领导最大的本事就是把简单的事情搞复杂，把复杂的事情搞砸。
manager workload|-|领导：“这个需求很简单”，然后我加班了一个月。
manager workload|-|领导一句“辛苦一下”，我们就要通宵；领导一句“下次注意”，锅就是我们的。
manager|-|领导的口头禅：年轻人要多吃苦。对不起，我吃够了。
conditions|-|办公室空调坏了一个夏天，老板办公室的空调倒是从来没坏过。
conditions|-|食堂的饭菜连猪都不吃，还要自己掏钱。
conditions|-|电脑卡到我能泡杯茶回来它还在开机。
training|-|入职培训：这是你的工位，有问题问百度。
training|-|带教？不存在的，我师傅入职比我早一个星期。
job_fit|-|招聘写的是“新媒体运营”，实际工作是“万能打杂”，从拍视频到搬桌子什么都要干。
job_fit|-|说好的设计岗，来了天天做PPT、修图、订会议室。
career|-|在这里干三年和干三十年没区别，一眼望到头。
career|-|技术老得像博物馆，再待下去简历都写不出东西。
-|0|无可奉告。
-|0|懂的都懂，不多说了。
-|-|不想评价，怕忍不住骂人。
-|-|呵呵。
-|-|不想说，说多了都是泪。
-|-|这个问卷也就是走个形式吧？
pay workload location|-|钱少事多离家远，位低权轻责任重，全占了。
pay workload location|-|钱少事多离家远，全让我赶上了。
pay manager|-|钱没给够，心也受委屈了。
pay manager culture|-|马云说员工离职无非两个原因：钱没给到位，心受委屈了。我两个都占了，还多一个：同事太恶心。
workload pay|-|年薪二十万，时薪十五块，算完账我沉默了。
workload|-|大小周变成了小小周，小小周变成了没有周。
workload|-|一个人干三个人的活，领导说这是锻炼我，谢谢，锻炼够了。
manager harassment|-|领导喝多了给我打电话骂了四十分钟，第二天跟没事人一样。
culture harassment|-|部门团建非要玩那种肢体接触的游戏，我不愿意还被说放不开，有男同事借机动手动脚，恶心。
harassment culture manager|-|在群里被几个同事阴阳怪气地挤兑，P我的照片当表情包，领导还在那笑。
culture|-|团建必须参加，喝酒必须喝，不喝就是不合群，受够了。
manager appraisal|-|绩效打分：领导心情好A，心情不好C，和我干了啥没关系。
pay workload appraisal labor_law|-|迟到一分钟扣一百，加班三小时不算钱，双标得明明白白。
pay workload appraisal labor_law|-|迟到一分钟扣一百，加班三小时一分钱没有，双标。
company manager involuntary|-|老板天天说公司要上市，上市没看到，裁员倒是看到了好几轮。
pay company involuntary labor_law|-|公司暴雷，全员原地解散，工资还欠着，欢迎来到互联网。
company involuntary pay labor_law|-|公司暴雷，全员原地解散，最后两个月工资还欠着，老板失联了。
pay offer|0|溜了溜了，下家给的多😎
offer pay|-|下家涨薪50%，这边连5%都不给，你说我走不走？
offer|0|拿到offer了，拜拜～
-|0|hhh，没什么好说的
-|0|emmm……就是想走了
-|0|不为什么
-|0|没有为什么
workload|-|一周七天，天天on call，手机24小时不能静音，这是上班还是坐牢？
workload|-|凌晨一点：“在吗？”，凌晨一点半：“这个明早要”，我真的会谢。
manager|-|领导最爱的三句话：你先做着、等我想想、这个不是我说的。
manager|-|我的leader是个甩锅侠，每次出事先把自己摘干净。
manager appraisal|-|leader拍脑袋定KPI，完不成就是我们能力不行。
appraisal|-|KPI定得比珠峰还高，完不成就扣钱，完成了明年加码。
culture|-|同事之间就是塑料情谊，背后捅刀子的比干活的多。
culture|-|公司人均演员，开会时热血沸腾，散会后该摸鱼摸鱼。
conditions|-|宿舍上下铺睡十个人，卫生间一个，热水定时供应，我是来上班的不是来坐牢的。
location|-|每天通勤四个小时，我一半的人生都在地铁上。
location|0|地铁倒三趟，单程两小时，每天上班像出差。
family|0|家里娃太小，老婆一个人带不过来，先顾家吧。
health workload|-|熬夜熬到心律不齐，医生说再这么干下去后果自负，我认怂了。
health workload|-|每天加班到凌晨，身体已经报警了，再不走就要进ICU了。
study|0|上岸了！去读研了，再见各位🎉
study|0|考研二战，辞职专心备考，祝我上岸🙏
health|0|抑郁症确诊了，先把自己照顾好吧。
"""
