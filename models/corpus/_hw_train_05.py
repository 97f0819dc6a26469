# -*- coding: utf-8 -*-
# Hand-written whole answers: software / internet, sales.
HW = r"""
workload|-|996。
workload|-|大小周+每天十点下班，福报拿够了。
workload|-|007随时on call，半夜两点被叫起来修线上bug是常事。
workload manager|-|leader十一点还在群里@人，周末也要开会，没有一点私人时间。
manager|-|领导天天画饼，说明年上市大家都能财富自由，三年了饼还在画。
manager|-|直属领导只会向上管理，活都是我们干，汇报的时候全是他的功劳。
manager appraisal|-|leader抢功甩锅一把好手，绩效打分全看跟他关系好不好。
appraisal|-|年底绩效3.25，理由是“不够有影响力”，我一年上线了六个需求。
appraisal|-|OKR每个季度改一次，考核的时候又按最初的目标算，完全没法玩。
appraisal involuntary|-|被打了个低绩效，接着就是PIP，明摆着是要劝退。
involuntary company|-|被优化了，说是业务调整，其实整个组就留了两个人。
involuntary|0|公司裁员，给了N+1，挺干脆的。
involuntary labor_law|-|HR让我签协商解除，只给N，还说不签就按不胜任处理，这是违法的吧。
involuntary labor_law|-|被口头通知明天不用来了，没有书面通知，也没有补偿，工位上的东西都被打包了。
company|-|业务线一年换了三次方向，做的东西上线一个月就下线，看不到希望。
company pay|-|公司融资一直没到位，已经开始拖报销了，感觉要凉。
company pay|-|现金流紧张，先是取消了年终奖，又开始降薪，不跑等什么？
pay|-|三年没调薪，新人进来的薪资倒挂我。
pay|-|股票期权画了好几年，离职的时候说要按原价回购，等于白干。
pay offer|0|拿到了一个涨幅不错的offer，这边给不了这个数。
offer|0|拿到了大厂的offer，去做自己更感兴趣的方向。
offer|0|准备和几个朋友一起创业，做个SaaS。
offer|0|转行去做产品经理了。
career|-|每天都在写CRUD，技术上没有任何成长，再待两年就废了。
career appraisal|-|晋升答辩两次没过，评委都是别的部门的，根本不了解我们做的东西。
career manager appraisal|-|晋升名额被领导安排给了他的心腹，我的答辩就是陪跑。
career|0|想从测试转开发，这边没有转岗通道。
career|0|希望往架构方向发展，现在的项目没有这样的机会。
training|-|入职没有任何onboarding，代码没文档，问人也没人理，全靠自己翻commit记录。
training|-|说好的mentor入职第二周就离职了，之后再也没人带我。
job_fit|-|面试的时候说是做算法，进来以后天天在标注数据和写报表。
job_fit|-|本来是后端开发，被调去做运维值班，没和我商量。
job_fit|0|发现自己更喜欢做产品设计，不太想一直写代码。
culture workload|-|团队里都在卷，谁走得晚谁就是好员工，不加班反而显得不合群。
culture|-|公司的价值观天天挂在墙上，实际上都是甩锅、抢功、站队。
culture|-|部门墙太厚，跨团队协作什么都推不动，每个需求都要扯皮一个月。
conditions|-|工位挤得像沙丁鱼，会议室永远抢不到，电脑还是五年前的老机器。
conditions|-|公司搬到了新园区，周边什么都没有，吃饭要走二十分钟。
location|0|公司搬到了远郊，通勤单程一个半小时。
location|0|要回成都了，那边生活节奏慢一些。
family|0|女朋友在杭州，我过去跟她会合。
workload family location|0|家里有老人要照顾，想回老家找个不用加班的工作。
health|0|颈椎和腰都不行了，医生让我好好休息半年。
health|0|查出来中度抑郁，想先把病治好。
health workload|-|连续加班三个月，体检一堆异常，再熬下去人要没了。
study|0|申请到了美国的CS硕士，秋季入学。
study|0|准备全职考研，考计算机方向。
culture misconduct|-|业务数据是注水的，给投资人看的日活是刷出来的，我不想参与这种事。
misconduct manager|-|领导让我们改埋点把转化率做高，汇报的时候好看，我觉得这是数据造假。
culture misconduct|-|公司用员工身份证注册账号做刷量，我身份证也被用了，细思极恐。
harassment manager|-|leader长期PUA，说我能力差、不配拿这个工资，离开这里没人要我。
culture harassment|-|组里有个男同事总在群里发擦边的图片，还私聊问我一些很恶心的问题，报给HR以后不了了之。
career discrimination involuntary|-|三十五岁以上的基本都被优化了，我三十四，提前跑。
culture discrimination|-|部门招人明确说不要已婚未育的女生，我觉得这种公司不值得待。
discrimination family manager|-|结婚以后领导就不给我派核心项目了，说怕我请产假影响进度。
labor_law|-|试用期说好三个月，到期又说延长三个月，还没有书面通知。
labor_law pay workload|-|每天强制加班到十点，但打卡系统八点以后就不计时，等于白加。
pay labor_law appraisal training|-|离职前最后一个月的工资和年假折算都不给，还说要扣什么培训费。
conditions safety|-|机房电线乱拉，UPS过热报警过好几次，行政说等预算。
-|0|没什么，想休息一段时间。
-|0|不想说，抱歉。
-|0|个人原因吧
-|+|团队很nice，leader也很好，感谢这两年的帮助。
-|+|感谢公司，在这里学到了很多，祝大家都好。
-|+|同事们都很好，走得挺舍不得的。
workload|-|需求排期永远是倒排，上线前一周基本睡在公司。
workload|-|oncall一周轮一次，轮到的那周手机一响就心跳加速。
workload manager|-|项目经理承诺了客户不可能的工期，最后全靠我们熬夜填坑。
manager|-|新来的VP一来就推翻了之前所有的规划，底下人全部白干。
company manager|-|一年换了三个CTO，每个来了都要重构，永远在重构。
pay labor_law|-|公积金按最低基数交，我们这个工资水平真的很少见这样的。
pay|-|没有年终奖，说是工资里已经包含了，可是工资也不高。
manager appraisal|-|年终评优都是领导内定的，干活的从来评不上。
culture|-|公司天天讲狼性，开会喊口号，我实在接受不了。
# --- sales
pay|-|底薪一千五，全靠提成，这个月没出单就只有一千五。
appraisal|-|业绩目标一个月比一个月高，完不成就扣底薪，已经连续三个月倒扣了。
appraisal conditions|-|每天打卡要拜访八个客户，还要拍照定位，一个没拍就算旷工。
manager appraisal|-|销售经理抢我的客户，签下来的单算他的。
manager appraisal|-|经理把我谈了半年的大单划给了他小舅子，业绩全算到别人头上。
manager harassment|-|每天早会没完成业绩的要站着被骂，经理骂得特别难听，还让人当众做俯卧撑。
manager harassment|-|陪客户喝酒的时候客户对我动手动脚，经理还让我忍着，说单子重要。
workload|-|周末也要跑客户、做活动，晚上还要陪酒应酬，一周七天都在上班。
workload|-|每天打两百个电话，打不完不许下班。
job_fit|-|我真的不擅长推销，每天打陌生电话被人骂，太痛苦了。
job_fit|0|发现自己还是不适合做销售，想做点踏实的技术工作。
culture|-|销售部门内部恶性竞争，互相撬单、背后举报，乌烟瘴气。
culture|-|部门里天天喝酒应酬，不喝就是不给面子，我受不了这种酒桌文化。
culture misconduct|-|公司让我们跟客户承诺根本做不到的效果，合同里又写得很模糊，这不是骗人吗？
culture misconduct|-|做单要给客户那边的采购回扣，公司默认的，我不想以后出事背锅。
misconduct manager|-|经理让我们虚报业绩冲季度目标，下个月再退单，数据全是假的。
pay labor_law|-|提成拖了半年没发，财务说要等回款，可回款早就到了。
pay|-|提成比例年年降，以前百分之八，现在百分之三。
pay|-|说好的季度奖金，季度过完了说考核方式改了，一分没有。
company|-|产品在市场上没竞争力，卖不动，公司还一直压业绩。
company manager|-|公司被收购以后，新老板把原来的销售团队全拆散了，客户资源都被收走了。
pay offer|0|竞争对手给我开了更高的底薪，带着客户过去。
offer|0|准备自己做代理，单干。
career|0|想往大客户销售方向发展，这边只做小客户。
career|-|做了五年的销售，还是个普通销售，主管的位置全是空降的。
location|-|被派去开拓西北市场，一年有十个月在出差。
family|0|孩子还小，销售要经常出差应酬，实在顾不过来。
health|0|喝酒喝出了胃病，医生说再喝就要出大问题。
health workload|-|常年应酬喝酒加上熬夜，脂肪肝、高血压都有了。
manager discrimination harassment|-|经理说女销售就是靠脸吃饭，出了业绩也被说是陪出来的，我受不了这种偏见。
involuntary discrimination|-|公司招销售明确要求二十八岁以下，我过了生日就被经理找谈话了。
training|-|新人入职三天就让去跑客户，产品手册都没看完，一问三不知。
involuntary|-|三个月没完成业绩，直接被劝退了。
involuntary|0|试用期考核没达标，公司没让我转正。
-|0|没有特别的原因。
job_fit|+|经理对我很好，是我自己能力不够，谢谢公司给的机会。
"""
