# -*- coding: utf-8 -*-
# Hand-written whole answers: factory / production line.  LABELS|SENT|TEXT
HW = r"""
pay|-|钱少。
workload|-|天天加班，受不了。
workload|-|两班倒，一个月休两天，人都熬干了。
pay workload labor_law|-|流水线上一站就是十二个小时，一个月到手才四千出头，加班费还是按最低工资算的。
conditions|-|宿舍八个人一间，没有空调，夏天根本睡不着，洗澡还要排队。
conditions safety|-|车间里全是油烟味，口罩都是自己买的，公司一直说在申请，申请了一年了。
conditions safety misconduct manager|-|冲床的防护罩拆了说是为了提速，上个月隔壁线有人压了手，班长让大家别往外说。
conditions safety misconduct|-|厂里出过两次工伤，都被压下去了，报上去说是员工自己不小心。我不想哪天轮到自己。
manager harassment|-|拉长天天盯着我们骂，一点小事就在线上吼，谁受得了。
manager harassment|-|我们线长骂人很脏，什么难听骂什么，还当着全线的人让我站在那儿反省。
appraisal|-|良品率差一点就扣钱，扣得比加班费还多。
appraisal|-|一个月被罚了三百多，迟到两分钟也罚，忘戴工帽也罚，干着没意思。
job_fit|-|每天就是拧同一个螺丝，拧了两年，脑子都要锈了。
family|0|家里老人病了，我得回去照顾。
location family|0|要回老家了，孩子在老家上学，没人管。
pay|-|说是计件工资多劳多得，结果单价一降再降，干得越多单价越低。
pay company|-|订单越来越少，现在一周只上四天班，工资也跟着少了，看这样子厂子撑不了多久。
company involuntary|0|厂子要搬到外省去，我们这批人不跟着走，就办了离职。
involuntary labor_law company|-|厂里说产线关了，让我们自己写辞职，不写就调去外地，补偿一分没有。
pay labor_law company|-|两个月工资没发了，问就说客户没回款，我们工人跟客户回款有什么关系？
pay labor_law|-|干了八个月了，合同一直没签，社保也没交，问人事就说还在走流程。
pay labor_law|-|进厂的时候押了一个月工资，说是干满一年才退，现在不到一年，这钱就不给了。
health|0|腰不行了，医生说腰椎间盘突出，不能再久站了。
health conditions safety|-|在喷漆车间干了三年，老咳嗽，去医院查说肺上有问题，车间连个像样的排风都没有。
training appraisal|-|新人来了直接上岗，机器怎么用全靠看别人，出了次品还要扣钱。
training safety|-|第一天进来就让我开叉车，我说我没证，班长说没事练练就会了。
culture|-|线上都是老乡抱团，外地的插不进去，好活都是他们的。
discrimination culture manager|-|我们是外地来的，宿舍分最差的，加班也先排我们，本地的班组长从来都护着本地人。
involuntary discrimination|-|招工的时候就说了不要35岁以上的，我今年36了，续签的时候直接说年龄不符合。
discrimination involuntary manager|-|我刚满四十，主管说年纪大了手脚慢，让我主动走人。
pay offer|0|老乡介绍去别的厂，一个月多一千五。
pay offer|0|隔壁电子厂在招人，工资高一点，还是长白班。
workload conditions|-|这边是两班倒，过去那边是长白班，人能睡个整觉。
study|0|我想去学个技术，报了个数控的全日制班。
career culture|-|干了五年普工，想当个组长都没机会，上面全是老板亲戚。
career|0|想学点手艺，一直在流水线上没出路。
-|0|没啥。
-|0|就这样，没别的。
-|+|厂里对我挺好的，没啥意见。
-|+|谢谢班长这两年照顾。
pay workload|-|旺季连着上了四十多天没休息，淡季又让放无薪假，一年到头没个准。
conditions pay|-|食堂一顿饭十五，还难吃，餐补就给三百，根本不够。
conditions|-|车间冬天没暖气，手冻得拿不住零件。
conditions location|-|班车取消了，我住得远，每天骑电动车四十分钟。
location conditions|-|厂搬到开发区以后，我每天来回要三个小时，班车还不通。
manager|-|组长偏心，轻松的工位都给他老乡，我们天天在最累的工位上。
manager|-|主管一天一个主意，上午说这么做，下午又说那么做，返工了三次都算我们的。
pay company|-|年底说好的全勤奖和年终奖，最后说效益不好不发了。
pay|0|工资不高，家里开销大，想找个钱多点的。
appraisal harassment|-|每周开会点名批评，名字写在白板上，做得好从来不提一句。
workload|-|一条线原来十二个人，现在八个人干，产量还要一样。
health workload|-|连上了一个月夜班，整个人昏昏沉沉，心慌得厉害，再干下去要出事。
family|0|老婆生了，要回去带孩子。
family|0|家里盖房子，要回去帮忙。
location|0|回老家县城了，那边也有厂。
involuntary|0|我是临时工，合同到期就走了。
involuntary|-|厂里裁员，名单上有我，给了一个月工资就让走了。
involuntary labor_law|-|厂里说我违纪，其实就是不想给补偿，直接开除，连个书面通知都没有。
culture misconduct|-|质检数据是编的，客户来验厂的时候让我们背一套说辞，哪天出了事全是我们一线背锅。
misconduct culture|-|仓库那几个人天天往外倒腾料，上面也知道，睁一只眼闭一只眼，这种地方待着心里不踏实。
conditions safety|-|消防通道堆满了货，检查之前搬走，检查完又堆回来。
conditions safety|-|车间温度四十多度，有人中暑晕倒了，还是不让停线。
safety labor_law workload|-|夜班连着上，机器出故障也不让停机检修，让我们带病操作，还说出了事自己负责。
harassment culture manager|-|有个老师傅老是拿我开黄腔，还趁人多的时候摸一把，跟班长说了，班长说开玩笑别当真。
harassment manager|-|被车间主任推了一把撞在机器上，他说是我自己没站稳。
job_fit|-|招工说是技术员，进来就是上流水线打螺丝。
job_fit|-|说好的质检岗位，干了一个月就被调去搬货，问了说缺人。
pay appraisal manager|-|计件的单子被组长改了，少算了我好几百，说了也不给改。
pay labor_law|-|厂里不交社保，说交了你们到手就少了，问题是我们根本没得选。
labor_law|-|入职押了身份证，说走的时候才还，现在我要走，他们说要等一个月。
company manager|-|老板跟合伙人闹翻了，厂里乱成一锅粥，谁也不知道下个月还开不开工。
culture|-|线上都在互相使绊子，谁的产量高就有人给你找茬。
-|0|个人原因
pay|-|工资七年没怎么涨，最低工资标准都涨了好几次了。
workload|-|大小周还不够，现在单休，还经常周日叫回来加班。
workload pay labor_law|-|天天加班到十一点，加班费是按基本工资算的，基本工资就两千二，还说是自愿加班要签字。
training|0|想学点真技术，厂里不培训，干了两年就会这一个工序。
career|-|普工干到老也是普工，想转到技术部门申请了三次都没批。
health|0|我手腕得了腱鞘炎，医生说别再干重复动作了。
health|0|怀孕了，车间有味道，不敢再待了。
family health|0|怀孕了，家里人不让我在车间干了，说对孩子不好。
conditions|-|厂区在郊外，周边啥也没有，下了班就是宿舍和食堂，人要憋出病来。
workload conditions|-|三班倒的作息太乱了，一周换一次班，生物钟全乱了。
company|-|上个月又走了两个大客户，厂里现在半开工，看不到希望。
company pay|-|厂子效益不好，先是砍了补贴，后来奖金也没了，再待下去怕工资也发不出来。
offer|0|自己想出去开个小五金店，家里也支持。
offer|0|被以前的师傅叫去他新开的厂，当个小组长。
-|0|嗯，没什么要说的，手续办快点就行。
-|0|工资结算什么时候到账？
pay workload|-|钱太少了，又苦又累，真不值。
workload|-|一年到头没歇过，过年都在线上。
manager appraisal|-|拉长打分全看关系，跟他吃饭喝酒的都是A，我们这种不会来事的永远是C。
culture|-|人和人之间太冷漠，出了事互相推，没人帮你说句话。
-|+|说实话这个厂在附近算好的了，就是我自己想换个环境。
conditions safety health|-|化学品仓库没有通风，门口连个警示牌都没有，每次进去头都疼。
safety conditions|-|我们那台设备漏电好几回了，报修了半个月也没人来，只让我们戴个手套接着干。
workload manager|-|领导说产量上不去就别下班，真就没下过准点的班。
pay|-|夜班补贴一晚上十块，这不是开玩笑吗
appraisal|-|一个返工就扣全组的绩效，连坐制度，谁受得了。
involuntary|0|试用期没过，说我速度跟不上。
involuntary|-|我就请了三天病假，回来就说我不适合这个岗位，让我走人。
health involuntary labor_law|-|我在车间被机器伤了手指，养伤期间厂里就把我辞了，工伤也不给认。
career discrimination|-|我们厂提拔班组长只提男的，女工干得再好也轮不上。
discrimination family involuntary manager|-|我怀孕四个月，主管天天说我拖后腿，还把我调去最累的包装岗，明摆着逼我走。
manager harassment|-|班长喝了酒半夜给女工打电话，说些乱七八糟的话，好几个人都被骚扰过。
culture misconduct|-|采购拿回扣买的料全是次品，最后返工都算在我们工人头上。
culture misconduct safety|-|环保检查前一晚让我们把废液偷偷运走，检查完再接着排，我良心过不去。
location|0|租的房子到期了，搬到了城北，过来太远。
location|0|家搬去邻市了，每天来回太折腾。
study|0|准备去读个成人大专，白天要上课。
family|0|我爸妈年纪大了，想回去离他们近点。
family location|0|对象在苏州，我要过去跟他一起。
pay location offer|0|这边一个月五千，老家那边新开的厂能开到六千多，还离家近。
career|0|想往质检或者设备维护方向走，这边没有这个机会。
-|0|不想说了。
-|0|算了，说了也白说。
-|0|啥原因，就是不想干了呗。
pay workload labor_law|-|产量定得太高了，每天都完不成，只能自己加班补，还没有加班费。
workload labor_law pay|-|公司规定必须完成当天产量才能打下班卡，超时的部分不算加班，这不是白干吗。
manager|-|车间换了个新经理，什么都不懂，瞎改工艺，产品全是毛病，还怪我们操作不到位。
culture manager|-|出了质量问题，上面先开会找背锅的，永远是一线工人。
conditions|-|厂里的厕所就一个，男女共用，还老坏。
job_fit|0|觉得自己还是不适合干流水线，坐不住。
"""
