# -*- coding: utf-8 -*-
# Hand-written whole answers: nursing / hospital, education / training schools.
HW = r"""
workload|-|一个护士管十六张床，夜班一个人，连上厕所的时间都没有。
workload|-|连续三个夜班以后还要接着上白班，人都要猝死了。
workload health|-|长期倒夜班，月经不调，头发一把一把地掉，再干下去身体就完了。
health|0|最近总是失眠，去看了医生说是焦虑，需要休息。
pay|-|护士工资跟付出完全不成比例，合同制护士比编制内的少一半。
pay discrimination|-|同样的活，编制内和合同制的待遇差了一倍多，绩效也分两套。
manager appraisal|-|科室绩效分配不透明，护士长说多少就是多少。
appraisal|-|一个患者投诉就扣当月绩效，也不管是不是我们的问题。
manager|-|护士长特别强势，排班全凭喜好，跟她关系好的永远不上夜班。
manager harassment|-|护士长当着病人家属的面骂我，说我这种水平就不配当护士。
conditions harassment culture|-|被病人家属打了一耳光，医院让我们息事宁人，还说是我们服务态度不好。
manager harassment|-|有个主任经常对年轻护士动手动脚，大家都知道，没人敢说。
harassment manager|-|科室主任喝了酒以后打电话骚扰我，说什么想单独请我吃饭，我拒绝以后他就处处针对我。
training|-|规培期间基本没人带，带教老师自己忙得团团转，我们就是廉价劳动力。
training|-|新入职第二周就让我独立上夜班，出了问题我自己都不知道怎么处理。
career|-|职称名额卡得死死的，干了八年还是护师，主管护师轮不上。
career appraisal|-|评职称看的不是能力是关系，我论文和年限都够了，三年没评上。
conditions|-|值班室就一张小床，四个人轮着睡，还在污物间旁边。
conditions misconduct safety health|-|被针扎了好几次，科室不让上报，说影响科室考核。
culture misconduct safety|-|发生过用药差错，上面让我们把记录改了，不许往外说。
culture misconduct|-|科室要求我们补写护理记录，没做过的操作也要写上去，万一出了事签字的是我。
culture misconduct|-|器械科的人跟厂家有回扣，用的耗材质量越来越差，我们提意见也没用。
conditions safety|-|隔离病区防护服不够，一套要穿一整天，这个风险太大了。
culture|-|科里论资排辈，新来的什么都不能说，说了就是不懂事。
culture|-|科室里勾心斗角，几个老护士拉帮结派，新来的要看她们脸色。
company|-|医院在搞合并，科室要拆分，不知道以后归哪边。
company|0|医院改制，我们这批合同制的去向还没定。
family|0|孩子才一岁，倒夜班实在顾不上，老人也带不过来。
family|0|爱人在外地工作，两地分居太久了，我要过去。
location family|0|老公调到深圳了，我跟着过去。
location|0|离家太远，倒班的时候半夜回家不安全也没车。
study|0|考上了护理学的研究生，要去读书了。
study|0|想出国读护理硕士，已经在准备语言考试了。
pay offer|0|私立医院给的待遇高很多，也不用三班倒。
offer|0|考上了社区卫生服务中心的编制。
offer|0|去一家医疗器械公司做临床支持。
involuntary|0|合同到期，医院这次不续签了。
involuntary discrimination manager|-|休完产假回来，护士长说科室没有我的位置了，让我去后勤，我不去就只能走。
career discrimination|-|招聘的时候说好男女一样，结果男护士提拔得特别快，我们女护士干多少年都一样。
discrimination family appraisal manager|-|护士长说今年谁怀孕就把谁的绩效扣光，我们科的人都得排队生孩子。
pay labor_law|-|劳务派遣干了五年，一直说转合同制，到现在都没转，同工不同酬。
pay labor_law company|-|夜班费拖了半年没发，财务说医院没钱，可是领导的奖金照发。
job_fit|0|发现自己不太适合临床，心理压力太大，想换个不直接面对病人的工作。
job_fit|-|招的是专科护士，结果一直让我做行政文书，专业都荒废了。
-|0|没什么，谢谢。
-|+|科室的老师们都很好，非常感谢这几年的照顾。
-|+|感谢医院的培养，在这里成长了很多。
pay workload|-|一个月八个夜班，夜班费一个一百，白天还要回来开会学习，算下来时薪比保洁还低。
workload|-|除了临床还要写论文、搞科研、迎检查，下班以后还在做PPT。
workload|-|检查前一个月天天加班补材料，全科室都在熬夜。
workload culture|-|天天迎检、写材料、搞形式，真正护理病人的时间反而少了。
health harassment|0|被病人家属推倒以后腰受了伤，到现在还没好，干不了临床了。
health harassment|-|被患者家属打了以后，我到现在都不敢上夜班，一想到就发抖。
conditions|-|医院在郊区新院区，班车一天就两趟，错过了就只能打车。
-|0|不想多说。
# --- education / training schools / kindergartens
job_fit|-|应聘的是语文老师，来了以后一半时间在打电话招生。
appraisal pay|-|课时费跟续费率挂钩，家长不续费就扣老师的钱，这不是教学是销售。
appraisal|-|考核看的是续班率和招生数，教得好不好根本没人在乎。
workload|-|周末两天全是课，晚上还要回家长消息，一周没有一天休息。
workload|-|白天上课晚上备课，还要做各种表格，迎接各种检查，每天十二点以后才睡。
pay|-|一节课三十块钱，一个月下来还不到四千。
pay labor_law company|-|机构拖了我三个月课时费，说等融资到账，现在老板都找不到了。
company|-|双减之后机构基本停了，招不到学生，说不定哪天就关了。
company involuntary|-|政策一变，机构整个学科部门都撤了，我们全体被裁。
pay company involuntary misconduct labor_law|-|机构说倒闭就倒闭，老师的工资和家长的学费一起卷走了，我们到现在都没拿到补偿。
manager|-|校长什么事都要管，连板书写什么颜色都要规定，上课跟演戏一样。
manager|-|教学主管根本不懂教学，天天让我们改教案改成她喜欢的样子。
manager harassment|-|园长开全员会的时候点名骂我，说我带的班是最差的，让我当着大家面写检讨。
conditions harassment|-|有个家长一直给我发骚扰短信，还在校门口堵我，学校说让我自己处理。
culture|-|学校里派系斗争很严重，你不站队就被边缘化。
culture|-|同事之间互相抢生源，明面上客客气气，背地里挖墙脚。
training|-|新老师入职什么培训都没有，直接上讲台，讲砸了就是你的问题。
training|0|想参加教研和外出学习，学校一直没有名额。
career|-|民办学校评不了职称，干多少年都是普通老师。
career|0|想去公立学校，那边发展更稳定一点。
conditions|-|教室没有空调，冬天冷夏天热，孩子和老师都受罪。
conditions|-|宿舍是学校旧仓库改的，没有独立卫生间。
conditions safety|-|幼儿园的消防门被锁着，说是防止孩子跑出去，检查的时候才打开。
manager misconduct|-|园里有孩子从滑梯上摔伤了，园长让我们统一口径说是在家摔的，我不想撒这个谎。
culture misconduct|-|学校让我们给学生的考试成绩造假，上报的升学率都是编的。
culture misconduct|-|机构让我们跟家长说能保过，签的合同里又有霸王条款，我觉得这是骗人。
culture discrimination|-|学校招聘明写了只要未婚未育的，入职以后还让签两年内不生孩子的承诺书。
discrimination involuntary manager|-|我怀孕以后校长说下学期不给我排课了，其实就是变相辞退。
manager discrimination|-|校长说我是外地口音，家长会有意见，不让我带毕业班。
family|0|孩子要上小学了，我想找个能按时接送的工作。
family location|0|结婚以后跟着爱人回他老家了。
location|0|学校搬到了新校区，离我家太远了。
study|0|准备考教育学的研究生，要全职复习。
study|0|要去读教育硕士了，脱产两年。
offer|0|考上了公办学校的教师编制。
offer|0|朋友在做教育科技公司，拉我过去做课程研发。
offer|0|准备自己开一个小的书法工作室。
health|0|嗓子长了息肉，做了手术，医生说不能再大量讲课了。
health|0|声带小结反复发作，上课都发不出声了。
involuntary|0|学期结束，学校没有再续聘。
involuntary|-|试讲没通过，试用期就让走了。
involuntary|-|家长投诉了一次，学校就让我走人，连解释的机会都不给。
-|0|没什么要说的。
-|+|学校的同事都很好，谢谢大家的照顾。
-|+|孩子们很可爱，挺舍不得的。
pay|0|民办学校的工资跟公办还是有差距的，想去待遇更好一点的地方。
pay|-|说好的寒暑假带薪，结果假期只发基本工资一千八。
pay labor_law|-|学校一直按最低标准给我们交社保，公积金更是没有。
workload appraisal|-|每天除了上课还要拍照、写日志、发朋友圈，打卡少一次就扣钱。
job_fit|0|发现自己还是不太适合当老师，管不住学生，压力很大。
culture manager|-|领导爱搞形式主义，每周都有展示课、公开课，天天为检查服务。
"""
