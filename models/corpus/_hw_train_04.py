# -*- coding: utf-8 -*-
# Hand-written whole answers: driving / logistics / delivery / warehouse, construction sites.
HW = r"""
appraisal|-|超时一单扣五十，差评一个扣两百，一天白跑。
appraisal pay|-|站点罚款名目太多了，超时罚、投诉罚、没穿工服罚，一个月罚掉一千多。
workload safety|-|系统派单时间越压越短，不闯红灯根本送不完，我不想哪天把命搭进去。
workload|-|一天跑十三四个小时，吃饭都是在车上啃个面包。
pay|-|单价一降再降，以前一单六块，现在四块五，跑得越多越亏。
pay|-|说是月入过万，那是一天跑十五个小时的，正常跑也就五六千，油钱电费还得自己出。
conditions|-|电动车电池要自己买，坏了自己修，公司啥也不管。
conditions safety|-|公司的车刹车有问题，报修了一个月也没人管，让我先开着。
safety workload appraisal|-|疲劳驾驶是常事，跑完长途回来睡四个小时又要出车，调度说不跑就扣钱。
manager safety|-|货车超载是家常便饭，车队长说不超载就不赚钱，出了事司机自己担。
manager|-|调度偏心，好线路都给跟他关系好的，我们天天跑偏远乡镇。
manager harassment|-|站长在群里骂我们是废物，说不想干就滚，好几个人都被骂哭了。
conditions harassment appraisal|-|送餐的时候被顾客骂、被保安拦，公司从来不替我们说话，投诉一律判骑手的责任。
labor_law|-|说是众包骑手，其实每天要打卡上线，跟全职一样，可什么劳动合同都没有，受伤了也没人管。
labor_law health|-|我送货路上摔断了腿，站点说我们不是他们的员工，不给算工伤，医药费全是自己出的。
pay labor_law|-|押金交了一千五，说离职满一个月退，现在三个月了还没退。
pay labor_law company|-|站点老板跑路了，最后一个月的工资没结，我们十几个骑手都在找人。
company|-|站点被合并了，好多人都被分到别的区，单量少了一半。
company involuntary|-|公司把我们这个仓外包出去了，原来的员工要么转外包要么走人。
pay involuntary labor_law manager|-|站长说我顶撞他，当天就把我账号停了，一个月工资还扣着没给。
involuntary|0|公司的线路调整了，我负责的那条线取消了。
location|0|站点从市区搬到了城郊，我每天骑车要多跑一个小时。
location|-|被调到隔壁县的站点，没有宿舍，每天往返六十公里。
family|0|家里孩子上学了，要我接送，跑车的时间对不上。
family|0|老婆怀孕了，不想让我再跑长途了。
health|0|长期开车颈椎腰椎都不好了，再跑下去就废了。
health|0|跑夜路跑得胃出血了，医生让我好好养着。
offer|0|考了个A2驾照，准备去跑客运。
offer|0|自己买了辆车，准备自己拉货。
offer|0|朋友的物流公司缺个调度，我过去。
study|0|想去学个电工，报了技校的全日制班。
career|-|开了六年车，还是个司机，想转调度也不让。
career|0|年纪大了，想找个能长干的，跑车不是长久之计。
training|-|新司机上岗前连线路都没人带着熟悉，第一天就让自己跑，导航都没配。
training safety|-|仓库的叉车和堆高机都没培训就让我们上手，还说没证没关系。
job_fit|-|招的是仓管，结果天天让我去装卸车。
job_fit|0|不太喜欢天天在路上跑，想找个坐办公室的。
culture|-|车队里几个老司机欺生，好单都被他们抢走了，新来的只能捡剩的。
culture|-|站点里天天有人吵架，谁的单多谁的单少，一点小事就闹起来。
conditions|-|仓库没有空调，夏天四十多度搬货，冬天又冷得要命。
conditions|-|司机宿舍就是一个集装箱，洗澡要去外面的公共澡堂。
conditions workload|-|仓库一个班十二个小时，中间吃饭就二十分钟，厕所还得排队。
workload|-|双十一那一个月每天凌晨三点还在分拣，没有一天是按时下班的。
workload pay labor_law|-|大促期间天天加班到凌晨，加班费一分没有，还说这是大家都要共同承担的。
manager misconduct|-|站长让我们刷单冲数据，把没送到的件提前点签收，出了问题算我们头上。
misconduct manager|-|车队长私下卖油卡，油耗全摊在我们司机头上，我不想跟着担这个责。
involuntary discrimination|-|分拣中心招人只要四十岁以下的，我四十二岁被劝退了，说年龄大了反应慢。
discrimination manager|-|调度说女司机开车不行，从来不给我派长途线，收入比别人少一大截。
workload|0|没啥，跑累了。
-|0|不想说，没意思。
-|+|站长对我们挺好的，就是我自己不想跑了。
-|+|谢谢公司，有机会再回来。
pay appraisal|-|一个月跑下来扣完罚款、扣完车损，到手三千多，还不如进厂。
pay workload|-|一天送一百多单，到手两百块，风里雨里的不值。
appraisal|-|准时率考核太变态了，电梯等五分钟就超时，超时就扣钱。
appraisal|-|一个差评就要罚款，顾客不满意也不管是不是快递本身的问题，全算我的。
manager harassment|-|主管只会对着屏幕看数据，根本不知道路上什么情况，天天骂我们效率低。
workload|-|快递员一个人管三个小区，一天派四百多件，真的累趴下了。
workload health|-|连着跑了二十多天没休息，那天在路上差点睡着了，我不敢再干了。
# --- construction sites
labor_law pay company|-|工地的钱年底才结，现在都快过年了，包工头说上面没给钱，一分都拿不到。
pay labor_law|-|干了大半年，工资一直拖着，每个月只给点生活费，说年底一起结。
labor_law|-|在工地上干活从来不签合同，受了伤只能自己扛。
conditions safety|-|高空作业没有安全带，防护网破了也不补，每天上去都心慌。
conditions safety|-|基坑没有支护，下雨天还让我们下去干活。
culture misconduct safety|-|上个月工地上有人摔伤了，项目部让大家统一说是在外面摔的，不能报工伤。
safety conditions|-|工地上粉尘大，连个口罩都不发，我们天天在灰里干活。
conditions safety|-|电线乱拉乱接，好几次有人被电到，安全员就是挂个名字。
conditions|-|工地的活动板房，夏天像蒸笼，冬天像冰窖，一间住十二个人。
conditions|-|工地上吃的饭太差了，一份菜里看不到一点肉，还要一天十五块。
workload|-|赶工期的时候从早上五点干到晚上十点，天天如此。
workload|-|项目赶节点，一个月休一天，还经常通宵浇筑。
location family|-|项目在山沟里，离最近的镇子都要一个小时，一年回不了两次家。
location family|-|项目都在外地，一年到头见不到老婆孩子，孩子都不认识我了。
family|0|家里老人病了，要回去照顾一段时间。
company involuntary|-|公司的项目越来越少，房地产不行了，我们这种施工单位都在裁人。
company pay labor_law|-|开发商欠款，公司也发不出钱，项目停了好几个，干下去没意思了。
involuntary company|0|项目完工了，公司没有新的项目，我们就都散了。
manager|-|项目经理就是个甩手掌柜，出了事就找下面的人背锅。
manager harassment|-|包工头喝多了动手打人，我们这些小工敢怒不敢言。
culture misconduct|-|项目上偷工减料太明显了，钢筋少放、水泥标号不够，验收的时候塞个红包就过了。
culture misconduct|-|监理不来现场，资料全是我们照着模板编的。
training safety|-|新工人进场没有安全交底，直接就上架子干活。
career|-|在工地干了十年的施工员，想考二建公司也不给时间复习。
training|-|考证要自己出钱，也不给请假，公司嘴上说鼓励学习。
study|0|准备考个二级建造师，想全职复习一段时间。
offer|0|跟着老乡去做装修，自己接活。
offer|0|有个设计院在招人，不用天天在工地上跑。
health|0|在工地上伤了腰，做不了重活了。
health conditions safety|0|耳朵不太好了，工地上噪音太大了，医生让我别再干了。
health conditions safety|-|长期在噪音大的工地干活，耳朵出问题了，公司连个耳塞都没发过。
involuntary|0|工程干完了，这边没活了，就走了。
-|0|嗯，也没啥，就这样。
manager appraisal|-|项目奖金全被项目经理和他身边的人分了，我们干活的一分没有。
pay workload|-|施工员一个月五千，工地上最苦最累的活都是我们的，钱还不如班组长。
job_fit discrimination culture|-|我是女技术员，工地上老被人说女的不该来工地，分活从来不给我主要的。
culture|-|工地上的人说话都很冲，天天吵架，人和人之间没什么信任。
job_fit|-|招聘的时候说是做技术员，结果一直让我干资料员的活。
"""
