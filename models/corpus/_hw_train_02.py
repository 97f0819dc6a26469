# -*- coding: utf-8 -*-
# Hand-written whole answers: retail / stores / supermarkets and restaurants.
HW = r"""
workload health|-|站一天腿都肿了，还不让坐。
conditions|-|店里连个休息室都没有，吃饭只能蹲在仓库里。
pay|-|底薪两千八，提成要卖够十万才有，谁卖得够啊。
appraisal|-|每个月都有神秘顾客打分，一个没微笑就扣两百，我真的笑不出来了。
appraisal pay|-|业绩没完成就扣底薪，这个月倒贴进去三百。
manager|-|店长只会站在那看手机，我们忙得脚不沾地他一句话不说，顾客投诉了就把我们往前推。
manager harassment|-|店长当着顾客的面骂我蠢，我哭着把货理完的，这种地方不想再待了。
workload|-|节假日从来没休过，越是过节越忙，十一黄金周连上七天，每天十一个小时。
workload|-|早班七点到店，晚班十点半关门，经常一天早晚连着上。
conditions|-|排班表头天晚上才出，我根本没法安排自己的事。
conditions workload|-|总是临时调班，说好休息的那天一个电话就得回来。
job_fit|-|我应聘的是收银，结果天天让我去搬货、上架、做促销。
job_fit|0|我性格比较内向，每天要跟那么多顾客打交道，有点吃不消。
culture|-|店里几个老员工抱团，新来的啥脏活累活都是你的，做错了还要被她们背后议论。
culture harassment|-|被几个老店员联合起来欺负，故意不告诉我流程，还把我的东西扔了。
company|-|这个品牌在我们这边已经关了三家店了，我们店也说下个月撤。
company involuntary location|-|门店关了，让我们去三十公里外的店，不去就算自动离职。
involuntary labor_law location company|-|门店撤了让我们去外区的店，不去就说是自动离职，一分补偿都没有。
pay labor_law|-|上个月的提成到现在都没发，问区域经理就说在走流程。
labor_law|-|试用期一签六个月，六个月后又说再考察三个月，就是不给转正。
labor_law pay|-|我们店员全是按小时算的兼职合同，实际上天天全职在干，社保一个没有。
manager misconduct|-|店长让我们把快过期的东西改日期重新贴标签，出了问题谁负责？我不干这种事。
misconduct manager|-|店长让我们把盘亏的货做成损耗，其实是他自己拿走了，我不想签这个字。
conditions safety|-|仓库货架堆到顶，上面的箱子随时可能掉下来，说了好几次没人管。
safety conditions|-|后厨地面全是油，没有防滑垫，我已经摔了两次了。
conditions safety manager|-|后厨的煤气管子有点漏，老板说能用就先用着，我每天都提心吊胆。
manager harassment|-|有个老顾客老来骚扰我，摸我的手，跟店长说了，店长说顾客是上帝让我忍忍。
manager discrimination|-|店长说我太胖了影响形象，不让我站前台。
job_fit discrimination manager|-|老板招人只要二十五岁以下的小姑娘，我们这些三十多的都被安排去后面。
family|0|家里孩子放暑假了，没人带。
family|0|要回去生孩子了，预产期下个月。
location|0|这家店离我家太远了，坐公交要一个半小时，申请调店一直没批。
offer|0|朋友在开奶茶店，叫我去当店长。
offer|0|被另一个品牌挖过去了，给我一个店长的位置。
study|0|想去学烘焙，报了个半年的全日制班。
health|0|天天站着，静脉曲张越来越严重，医生说不能再久站了。
health|0|最近心情一直不好，想休息一段时间，调整一下。
-|0|没什么原因。
-|+|店里的姐妹都很好，真的挺舍不得的。
-|+|谢谢店长，这一年学到不少。
pay|-|干了两年工资就涨了一百块钱。
pay workload|-|钱少活多，还要自掏腰包买工服。
pay conditions|-|员工餐要自己出钱，一顿二十，一个月下来几百块钱没了。
workload|-|人手太少了，一个人看三个区，还要收银还要理货。
workload|-|双十一双十二忙到半夜，第二天早上八点又要到店。
manager|-|区域经理隔三差五来巡店，每次来都挑一堆毛病，从来不问我们有什么困难。
manager appraisal|-|店长对她的亲戚一套标准，对我们一套标准，她亲戚迟到没事，我们迟到就扣钱。
appraisal|-|会员卡办不够就扣钱，我们又不是推销员。
appraisal harassment|-|每个月销售排名公示，最后一名要写检讨，太丢人了。
training appraisal|-|来了第一天就让我上收银，没人教，结果账对不上让我自己补钱。
training harassment|-|什么培训都没有，产品知识全靠自己背，客人问起来答不上来还要被骂。
career|-|在超市干了六年，还是个理货员，看不到出头的日子。
career|0|想往管理方向发展，这边店长都是总部派的，我们当地员工没机会。
# --- restaurants / kitchens
workload|-|后厨从早上九点干到晚上十一点，中间就歇一个小时。
workload|-|饭点忙得脚不沾地，一个服务员看十张桌。
conditions|-|后厨夏天五十度，连个风扇都不给装。
conditions|-|员工宿舍就在饭店楼上，隔音差，油烟全往上飘。
pay job_fit|-|学徒工一个月两千，说是学手艺，其实就是打杂。
pay labor_law company|-|老板说这个月生意不好，工资先发一半，另一半下个月补，结果下个月又是一半。
pay labor_law manager|-|走的时候老板说押金不退，因为我没干满一年，当初可没说过这个。
manager harassment|-|厨师长脾气特别大，锅铲一扔就开骂，我们小工天天挨训。
manager harassment|-|厨师长拿勺子敲我头，说我切的菜是喂猪的。
culture|-|后厨是一帮老乡，我一个外地的，说话都插不上嘴。
training|-|说是带徒弟，师傅根本不教，让我切了三个月的菜。
training career|-|学徒两年了，师傅连炒锅都不让我碰，这手艺学不到。
job_fit|-|我应聘的是前厅领班，来了让我洗碗。
appraisal manager|-|客人给了个差评，老板直接扣我一天工资，都不问是怎么回事。
conditions safety|-|厨房灭火器都是过期的，油烟管道几年没清了，早晚要出事。
training conditions misconduct safety manager|-|后厨的刀具、油锅到处都是，新人进来也不做安全培训，上周有人被烫伤了，老板给了两百块让他别声张。
manager misconduct|-|老板让我们把客人剩的东西回收再用，我实在做不下去。
manager harassment|-|老板娘老是当着客人的面骂我们服务员，有一次还扇了一个小姑娘耳光。
manager discrimination|-|老板说不招河南人，我是听别人说的，后来他知道我老家是河南的，就开始找我麻烦。
family|0|家里要盖房子，回去帮忙。
location|0|饭店换了新址，太远了，去不了。
company|-|生意越来越差，一晚上就两三桌客人，老板都不怎么来了。
pay company involuntary labor_law|-|饭店倒闭了，老板说下个月不用来了，工资还欠着半个月的。
company involuntary pay labor_law|-|店说关就关了，最后半个月的工资到现在都没给，老板电话也不接了。
offer|0|准备自己摆个夜市摊，做了两年厨房，手艺够用了。
pay offer|0|有家连锁餐厅请我去做厨师，工资高一千。
study|0|要去烹饪学校上全日制的课，考个证。
health|0|常年在厨房，腰和手腕都出了毛病。
health conditions|0|油烟太大，我鼻炎和咽炎越来越重，医生建议换个环境。
health conditions|0|我对油烟过敏，一进后厨就咳嗽，没办法继续干了。
-|0|没什么，就是不想干了。
-|0|不想说，谢谢。
-|+|老板人挺好的，就是我自己想回家歇一段时间。
family|+|老板人挺好，就是家里老人身体不行了，得回去。
pay workload|-|一个月休两天，工资四千，还天天延时，算下来时薪十几块。
workload appraisal|-|周末和节假日不能请假，请假就扣双倍，我一年没回过家。
appraisal workload|-|请假扣双倍工资，生病都不敢请。
conditions|-|员工餐天天是剩菜，白米饭配一个青菜。
culture|-|饭店里的人喜欢搞小动作，打小报告，谁跟老板近谁说了算。
manager|-|老板一家都在店里，每个人都能指挥你，听谁的都不对。
job_fit|0|做服务员不太适合我，我还是想做点技术活。
career|0|在这边干了三年，想去大一点的酒店发展。
involuntary|0|淡季了，老板说用不了这么多人，我就走了。
-|0|嗯，就这样吧。
"""
