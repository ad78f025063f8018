import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/server/seed/prng';
import { drawSlots, fillTemplate, TEMPLATES } from '../../../src/server/simulator/category-templates';
import { categoryCode, type CategoryCode } from '../../../src/shared/schemas/town';
import type { Priority } from '../../../src/shared/schemas/work-order';
import { CATEGORY_WORDS, NEUTRAL_PHRASES, PRIORITY_WORDS } from '../../../src/shared/triage/keywords';
import { confidenceOf, suggestTriage } from '../../../src/shared/triage/suggest';

type Example = readonly [category: CategoryCode, priority: Priority, description: string, title?: string];

// Most of this file's length is the example tables below: data, kept beside the tests that read it.

/**
 * Development examples, written as callers tell the 12345 hotline, in words other than the
 * simulator's templates. The rules were tuned on these; the labelled evaluation set is elsewhere.
 */
const DEV: ReadonlyArray<Example> = [
  ['sanitation', 'P3', '我们小区后面那个垃圾池都满出来了，一个礼拜没人来拉，臭气熏天，夏天苍蝇乱飞'],
  ['sanitation', 'P3', '村里的公共厕所门坏了，里面脏得没法下脚，也没人打扫'],
  ['sanitation', 'P3', '路边有一只死狗躺了两天了，味道很大，希望有人来处理一下'],
  ['sanitation', 'P2', '街上的下水井往外冒脏水，整条路都是污水，走不了人'],
  ['sanitation', 'P3', '垃圾没人清，都堆到马路中间了', '垃圾没人清'],
  ['sanitation', 'P3', '饭店把泔水直接倒在路边的沟里，又脏又臭'],
  ['sanitation', 'P4', '建议镇上多安几个垃圾桶，现在走半天都找不到一个'],
  ['city_order', 'P3', '每天早上学校门口都有人摆摊卖早点，把路堵得死死的，接孩子的车过不去'],
  ['city_order', 'P3', '商业街的店家把桌子凳子全摆到人行道上，走路都要绕到马路上'],
  ['city_order', 'P3', '电线杆上、墙上到处贴的都是开锁、办证的小广告，太难看了'],
  ['city_order', 'P3', '小区门口有辆破车停了大半年了，轮胎都瘪了，占着车位'],
  ['city_order', 'P3', '有人在马路上晒粮食，半条路都占了，晚上看不清很危险'],
  ['illegal_building', 'P3', '隔壁邻居趁着过年偷偷在院子里又起了一间房，也没见有啥手续'],
  ['illegal_building', 'P3', '村东头有人在承包地里盖厂房，好几亩地都占了'],
  ['illegal_building', 'P3', '楼上住户在天台上搭了个棚子养鸽子'],
  ['illegal_building', 'P3', '有人在河边违规建了几间房，说是要开农家乐'],
  ['illegal_building', 'P3', '路边新起了一排门面房，听说没有规划，是不是违建'],
  ['safety', 'P2', '三楼楼道里堆满了纸箱和旧家具，要是着火了人都跑不出去'],
  ['safety', 'P1', '小区里一股很浓的煤气味，不知道哪家漏气了，赶紧派人来看看'],
  ['safety', 'P3', '村头那个废弃的鱼塘没有护栏，夏天孩子老去那边玩，怕出事'],
  ['safety', 'P3', '厂里的锅炉工无证上岗，压力表也坏了好几个月'],
  ['safety', 'P2', '有个老房子墙都裂开了，一下雨就往下掉砖头，下面就是小学生上学的路'],
  ['safety', 'P1', '饭店后面的电线被烧得冒烟了，还有火花，里面还有人吃饭'],
  ['safety', 'P1', '饭店后厨燃气泄漏，整个屋里都是味', '燃气泄漏'],
  ['ecology', 'P2', '这几天晚上一到九点多就有人在地里烧麦秸，烟呛得睡不着觉'],
  ['ecology', 'P3', '化工厂的烟囱天天冒黑烟，附近的人都不敢开窗'],
  ['ecology', 'P2', '养猪场把猪粪水直接排到沟里，整条沟又黑又臭，还有死鱼'],
  ['ecology', 'P3', '有人晚上开着船在湖里电鱼，一电一大片，小鱼都死了'],
  ['ecology', 'P3', '河里漂着一层油，还有一股汽油味，不知道谁排的'],
  ['ecology', 'P3', '搅拌站的车一过，整条路全是灰，窗户都不敢开'],
  ['ecology', 'P2', '河里好多死鱼翻白肚，水都是绿的', '河里死鱼'],
  ['dispute', 'P3', '我家和隔壁因为房后那条排水沟的事闹了好几年了，今天又吵起来了'],
  ['dispute', 'P3', '我在工地干了半年，老板到现在一分钱没给，过年回不了家', '讨薪'],
  ['dispute', 'P3', '儿子儿媳不让老母亲进家门，老人七十多了一个人住在棚子里'],
  ['dispute', 'P3', '两家为了地头的一棵树吵到村里，谁也不让谁'],
  ['dispute', 'P3', '跟女方家里闹离婚，彩礼钱要不回来'],
  ['dispute', 'P3', '楼上漏水把我家天花板泡坏了，找他们也不管'],
  ['public_order', 'P2', '半夜两点楼下烧烤摊还在划拳喝酒，吵得人根本睡不着'],
  ['public_order', 'P3', '对门养的狗一到晚上就叫个不停，说了好多次也不听', '狗叫'],
  ['public_order', 'P2', '刚才在集上有个人把我手机偷走了，往东边跑了'],
  ['public_order', 'P3', '有几个外地人开着面包车挨家挨户收旧家电，看着不像好人'],
  ['public_order', 'P2', '我妈接了个电话说她孙子出事了要打钱，人已经去银行了'],
  ['public_order', 'P1', '村口有两帮人拿着棍子打起来了，已经有人头破血流'],
  ['public_order', 'P3', '一到晚上就有一帮小年轻骑摩托车炸街，轰得人心慌'],
  ['infrastructure', 'P3', '从镇上到我们村那段路的路灯黑了一个多月了，晚上骑电动车只能摸黑走'],
  ['infrastructure', 'P3', '村里水泥路被拉土的大车压得坑坑洼洼，一下雨全是泥'],
  ['infrastructure', 'P2', '自来水管爆了，水哗哗往外流，整个巷子都淹了', '水管爆裂'],
  ['infrastructure', 'P1', '路中间的井盖被车压碎了，晚上已经有人骑车掉进去摔伤了'],
  ['infrastructure', 'P2', '我们这一片又停电了，一个月停了三四回，冰箱里的东西都坏了'],
  ['infrastructure', 'P4', '建议在中心小学门口的路口加个红绿灯，早晚接孩子车太多太乱'],
  ['livelihood', 'P4', '我爸瘫痪在床好几年了，家里就靠我一个人，想问问能不能申请低保'],
  ['livelihood', 'P3', '村里的老人八十岁了，高龄补贴今年一直没发下来'],
  ['livelihood', 'P3', '卫生院晚上没有医生值班，老人发病只能往县里送'],
  ['livelihood', 'P4', '新农合今年要交多少钱，在哪里交'],
  ['livelihood', 'P3', '父母都在外地打工，孩子跟着爷爷奶奶，最近老不去上学'],
  ['livelihood', 'P4', '我是退伍老兵，想了解一下优抚政策有没有调整'],
  ['agency', 'P3', '我奶奶九十多了走不动路，身份证到期了，能不能派人上门给她拍照换证'],
  ['agency', 'P3', '在外地上班回不来，想请村里帮忙开个居住证明'],
  ['agency', 'P4', '开小饭店要办哪些证，能不能帮我跑一下'],
  ['agency', 'P3', '老人的养老金认证手机上弄不了，能上门帮着认证一下'],
  ['agency', 'P4', '孩子刚出生，新生儿医保和户口可以一起办吗？'],
  ['market', 'P3', '在集上买的猪肉回家一看颜色不对，怀疑是注水肉'],
  ['market', 'P3', '药店卖的感冒药已经过期半年了还在架上'],
  ['market', 'P3', '超市的鸡蛋标的价钱和结账时不一样，多收了钱'],
  ['market', 'P1', '吃了街上那家卤菜店的凉菜，一家人上吐下泻，现在还在医院'],
  ['market', 'P3', '买的化肥是假的，撒到地里一点用没有，麦子都黄了'],
  ['market', 'P3', '那家理发店办了卡，现在关门跑路了，卡里还有两千多'],
  ['flood', 'P1', '湖边大堤脚下往外冒水带沙子，越冒越大'],
  ['flood', 'P2', '连下了三天雨，我们庄东头那片地全泡在水里了，排水沟也不通'],
  ['flood', 'P2', '桥下那个闸一直关着，上游的水下不去，河水快漫上岸了'],
  ['flood', 'P3', '村南的排灌站抽水机坏了，秧田里的水抽不出去'],
  ['flood', 'P2', '雨下得太大了，镇上好几条路积水都到膝盖了，车都熄火了'],
  ['flood', 'P3', '河堤上有好几个獾子洞，汛期到了怕出问题'],
  ['flood', 'P2', '巡查时看到河堤背水坡有一片在渗水', '河堤渗水'],
  ['petition', 'P3', '这事我已经找了镇里好几回了，一直没人给个说法，再不解决我就去县里'],
  ['petition', 'P2', '我们组三十多户的土地被征了，补偿款到现在还没到位，大家商量着一起去镇政府'],
  ['petition', 'P3', '村干部把低保给了自己亲戚，真正困难的反而没有'],
  ['petition', 'P3', '拆迁的时候说好两年回迁，现在都四年了楼还没盖起来'],
  ['petition', 'P3', '村里卖集体的地，钱去哪了没人知道，账也不公开'],
];

/**
 * Later development examples, each batch written in one go without looking at the rules and scored
 * before the rules were tuned on it, so the first-pass scores below estimate accuracy on unseen
 * wording. A few labels were corrected afterwards where the blind label broke the priority rules
 * this module states (a trapped person is P1) or the simulator's categories (a carcass is
 * sanitation).
 */
const BLIND_BATCHES: ReadonlyArray<Example> = [
  // Batch 1, measured before tuning on it: category 24/39, priority 29/39.
  ['sanitation', 'P3', '菜场后面的垃圾堆得跟小山一样，老鼠到处跑，都一个月了'],
  ['sanitation', 'P3', '村里的保洁员好几天没来了，路上到处是塑料袋和烟头'],
  ['sanitation', 'P3', '养鸡的把鸡屎堆在路边，一到中午臭得没法过'],
  ['city_order', 'P3', '十字路口卖西瓜的大货车天天停在那，一堆人围着买，车都开不过去'],
  ['city_order', 'P3', '有家装修公司把沙子水泥全堆在人行道上，好几天了也不拉走'],
  ['city_order', 'P3', '街两边的店铺招牌乱挂，有的都伸到马路上了'],
  ['illegal_building', 'P3', '有户人家把自家院子往外扩，把村里的路占了一米多'],
  ['illegal_building', 'P3', '河道管理范围内有人建了个钢架大棚，听说没批'],
  ['illegal_building', 'P2', '老张家正在连夜浇顶，要在原来的房子上再起一层，赶紧来人制止'],
  ['safety', 'P3', '学校旁边的小卖部偷偷卖烟花爆竹，还存了好多在屋里'],
  ['safety', 'P1', '加油站边上有辆车着火了，火苗窜得老高'],
  ['safety', 'P2', '村里那栋老粮站房顶塌了一半，小孩老往里面钻'],
  ['ecology', 'P3', '附近的石材厂切石头，白色泥浆直接流进麦地里'],
  ['ecology', 'P3', '塑料颗粒厂一开工就一股焦臭味，熏得人头疼'],
  ['ecology', 'P2', '村西有人正在地里点玉米秸秆，烟大得路都看不清'],
  ['dispute', 'P3', '承包了村里的鱼塘，合同没到期村里就要收回去'],
  ['dispute', 'P3', '前面那家翻盖新房，把我家的出路给堵了，说了也不听'],
  ['dispute', 'P2', '我和老公天天打架吵架，他喝了酒就摔东西，我想离婚'],
  ['public_order', 'P3', '晚上老有人在村里的鱼塘偷鱼，已经丢了好几次了'],
  ['public_order', 'P3', '有人冒充自来水公司的上门查水表，进屋就推销净水器'],
  ['public_order', 'P1', '有个男的拿着菜刀在街上追人，大家都吓跑了'],
  ['infrastructure', 'P3', '村里的路灯白天亮晚上不亮，也没人来修'],
  ['infrastructure', 'P3', '通往学校的那座小桥桥面裂了好几道缝，大车还天天走'],
  ['infrastructure', 'P3', '我们这一片自来水黄黄的，烧开了底下一层沉淀'],
  ['livelihood', 'P3', '我母亲患癌症化疗花了十几万，家里实在撑不下去了'],
  ['livelihood', 'P4', '想问下今年的耕地地力保护补贴什么时候发'],
  ['livelihood', 'P3', '村里的卫生室经常没人，拿点药都要跑镇上'],
  ['agency', 'P4', '我想把户口从外地迁回来，需要带什么东西'],
  ['agency', 'P3', '老人腿脚不便，想请网格员帮忙到镇上交一下医保'],
  ['agency', 'P4', '父亲去世了，他名下的房子怎么过户到我名下'],
  ['market', 'P3', '集上卖的鸡蛋一斤比超市贵一块多，还说是土鸡蛋，其实是洋鸡蛋'],
  ['market', 'P3', '网上买的手机到货就坏了，店家不给换'],
  ['market', 'P3', '那家诊所没有执业资格，还在给人打吊瓶'],
  ['flood', 'P2', '今年雨水多，湖里的水都快跟堤面平了'],
  ['flood', 'P3', '村后的排水沟长满了芦苇，汛前得清一清，不然一下大雨就排不走'],
  ['flood', 'P2', '排灌站门口的河水倒灌进村了，好几户院子里都是水'],
  ['petition', 'P3', '我家的房子被划进拆迁范围，评估价太低，镇里一直拖着不给答复'],
  ['petition', 'P3', '村里修路的钱是大家集资的，现在账目一直不公布'],
  ['petition', 'P2', '二十多个村民堵在镇政府门口，要求解决征地补偿的事'],
  // Batch 2, measured before tuning on it: category 23/39, priority 32/39.
  ['sanitation', 'P3', '我们庄东边的大沟成了垃圾沟，什么都往里扔，一到夏天全是蚊子'],
  ['sanitation', 'P3', '镇上的公共厕所晚上锁门，赶集的人没地方上厕所'],
  ['sanitation', 'P3', '小区的垃圾分类亭坏了好久，垃圾都扔在外面', '垃圾亭损坏'],
  ['city_order', 'P3', '早上集市的摊子一直摆到马路中间，上班的车堵成一串'],
  ['city_order', 'P3', '有人把楼下的绿化带改成了菜园子，还围了一圈网'],
  ['city_order', 'P3', '商店门口的大喇叭一天到晚放促销，吵死了'],
  ['illegal_building', 'P3', '村里有人在自家承包的田里建了个二层小楼当仓库'],
  ['illegal_building', 'P3', '高速路边上有人搭了好几间铁皮房收废品'],
  ['illegal_building', 'P3', '小区一楼住户把阳台打通往外接了一间'],
  ['safety', 'P3', '村里的配电箱门掉了，电线露在外面，离地面很近'],
  ['safety', 'P2', '烟花厂附近有人用明火，怕出大事，赶紧管管'],
  ['safety', 'P1', '农机厂房顶上有个工人从高处掉下来了，现在还没动'],
  ['ecology', 'P3', '旁边的砖厂每天冒烟，窗台上一层黑灰'],
  ['sanitation', 'P3', '有人把死猪扔进了河里，水都臭了'],
  ['ecology', 'P3', '河边的树被人偷偷砍了十几棵'],
  ['dispute', 'P3', '儿子儿媳不给老人生活费，老人要告他们'],
  ['dispute', 'P3', '我借给朋友五万块钱，三年了都不还，人还躲着不见'],
  ['dispute', 'P3', '买的二手房，前房主的户口一直不迁走'],
  ['public_order', 'P3', '网吧里经常有未成年人通宵上网'],
  ['public_order', 'P2', '有个老人出门后一直没回来，有点老年痴呆，家里人找了一下午'],
  ['public_order', 'P3', '村里有人放高利贷，还找人上门催债'],
  ['infrastructure', 'P3', '去镇上的公交车一天就两班，根本不够坐'],
  ['infrastructure', 'P3', '村口的桥栏杆锈断了好几根，晚上过桥很害怕'],
  ['infrastructure', 'P3', '家里的自来水压力太小，二楼根本上不去水'],
  ['livelihood', 'P4', '孩子今年要上幼儿园，镇上公办的还有没有名额'],
  ['livelihood', 'P3', '我们村的老年活动室常年锁着门，老人没地方去'],
  ['livelihood', 'P3', '家里老人卧床不起，儿女都在外地，想申请护理补贴'],
  ['agency', 'P3', '在外地打工赶不回来，孩子入学要的户口本复印件能不能请村里帮忙寄一下'],
  ['agency', 'P4', '电动车上牌要带哪些材料，到哪里办'],
  ['agency', 'P3', '想给孩子办个出生证明，医院说要村里先开证明'],
  ['market', 'P3', '在镇上的手机店换了个屏，用了两天就坏了，老板不认账'],
  ['market', 'P3', '村里的小卖部卖的酒疑似是假酒'],
  ['market', 'P3', '液化气站灌的气一罐比别人少好几斤'],
  ['flood', 'P3', '湖堤上的护坡石被人撬走了不少'],
  ['flood', 'P2', '前面那段路下雨以后水漫过桥面了，车过不去'],
  ['flood', 'P3', '村里的排水站年久失修，一到雨季就排不动'],
  ['petition', 'P3', '十几年前征地的时候承诺给安排工作，到现在也没兑现'],
  ['petition', 'P3', '村主任选举有人拉票贿选，群众不服'],
  ['petition', 'P3', '我反映的事情已经三个月了，镇里也不给我个书面答复'],
  // Batch 3, measured before tuning on it: category 35/52, priority 41/52.
  ['sanitation', 'P3', '村委会门口那个大垃圾箱一直没人倒，风一刮满地都是'],
  ['sanitation', 'P3', '路边排水沟里全是烂菜叶和泡沫饭盒，味道难闻'],
  ['sanitation', 'P3', '我们这条巷子好久没人扫了，落叶和灰堆了一层'],
  ['sanitation', 'P3', '集市散了以后满地狼藉，也没人收拾', '集市垃圾'],
  ['city_order', 'P3', '修车铺把废轮胎堆了一人多高，占了半条街'],
  ['city_order', 'P3', '超市搞活动在门口搭了个台子，音箱放得震天响，人都走不过去'],
  ['city_order', 'P3', '街上的卖肉的直接在路边杀鸡，血水流得到处都是'],
  ['city_order', 'P3', '小区里有人私自装地锁占车位'],
  ['illegal_building', 'P3', '邻居在公共过道上砌了一堵墙，说是他家的地方'],
  ['illegal_building', 'P3', '村里有户人家在耕地上盖了一个大院子，围墙都砌好了'],
  ['illegal_building', 'P2', '后面有家正在挖地基准备盖楼，啥手续都没有，今天晚上还在干'],
  ['illegal_building', 'P3', '二楼那家把窗户外面焊了个铁架子，伸出来一米多'],
  ['safety', 'P3', '这栋楼的消防栓里面是空的，灭火器也都过期了'],
  ['safety', 'P2', '楼下小饭馆的煤气罐放在门口晒太阳，旁边就是油锅'],
  ['safety', 'P1', '村东头一户人家房子起火了，浓烟滚滚，里面好像还有人'],
  ['safety', 'P2', '路边的电线杆歪了，看着随时要倒'],
  ['ecology', 'P3', '有人在河边洗猪下水，脏东西都冲进河里了'],
  ['ecology', 'P3', '夜里附近的电镀厂往外抽污水，第二天早上沟里的水是红的'],
  ['ecology', 'P2', '麦收刚结束，好几块地同时在烧，满天都是烟'],
  ['ecology', 'P3', '微山湖边上有人用细网捕小鱼，一网下去全是鱼苗'],
  ['dispute', 'P3', '我在厂里干活把手弄伤了，老板只给了两千块就不管了'],
  ['dispute', 'P3', '邻居家的树根把我家院墙拱裂了，他家不肯砍'],
  ['dispute', 'P3', '租我房子的人半年没交房租了，还不搬走'],
  ['dispute', 'P3', '兄弟几个为了分老宅子闹翻了，老母亲夹在中间很难受'],
  ['public_order', 'P3', '这几天晚上村里有好几家的羊被人偷了'],
  ['public_order', 'P3', '有人在微信群里卖假的中奖信息骗老人钱'],
  ['public_order', 'P1', '楼上两口子在打架，女的一直在喊救命'],
  ['public_order', 'P3', '有辆没牌照的面包车天天晚上停在村口，车里好几个人'],
  ['infrastructure', 'P3', '村里的路修了一半就停工了，到处是碎石头'],
  ['infrastructure', 'P3', '小区门口的红绿灯坏了好几天，一直闪黄灯'],
  ['infrastructure', 'P2', '路上有个下水井没盖子，旁边就是小学'],
  ['infrastructure', 'P3', '我们村到现在还没通天然气，冬天只能烧煤'],
  ['livelihood', 'P3', '我是低保户，这个月的低保金还没打到卡上'],
  ['livelihood', 'P4', '听说农村老人有免费体检，什么时候开始，去哪里检查'],
  ['livelihood', 'P3', '残疾的儿子三十多了，找不到工作，家里就靠我种地'],
  ['livelihood', 'P3', '孙子的学校离家太远，每天要走一个多小时，没有校车'],
  ['agency', 'P3', '我在上海打工，老家的宅基地证需要本人签字，能不能让网格员代签代办'],
  ['agency', 'P4', '想办个个体工商户执照开网店，要去哪个部门'],
  ['agency', 'P3', '老人过世了，死亡证明和注销户口想请村里帮忙一起办了'],
  ['agency', 'P3', '老人的社保卡密码忘了，卡也锁了，走不动路去不了银行'],
  ['market', 'P3', '菜市场有个卖鱼的秤有问题，每次都少二两'],
  ['market', 'P3', '镇上有家卖电动车的，说好的三年保修，现在坏了不给修'],
  ['market', 'P3', '买的种子出苗率特别低，怀疑是假种子'],
  ['market', 'P3', '小饭店用的油发黑发臭，怀疑是地沟油'],
  ['flood', 'P2', '湖西大堤那段有一处往外渗水，越来越多'],
  ['flood', 'P3', '村里的排涝沟被人填了种庄稼，一下雨水就没地方走'],
  ['flood', 'P3', '汛期快到了，村边上的防汛仓库里沙袋都烂了'],
  ['flood', 'P1', '下了一夜暴雨，村里好几家屋里进水了，老人困在里面出不来'],
  ['petition', 'P3', '我们老两口的地被征了以后，说好的养老保险一直没给办'],
  ['petition', 'P3', '村里把集体的鱼塘私下包给了村干部的亲戚，没开会也没公示'],
  ['petition', 'P2', '几十个工人围在镇政府门口讨要说法，情绪很激动'],
  ['petition', 'P3', '这个问题我从前年就开始反映，换了几任领导都没解决'],
  // Batch 4, measured before tuning on it: category 35/52, priority 42/52 (one dropped as ambiguous).
  ['sanitation', 'P3', '学校后墙根有人扔了好多装修的碎砖烂瓦'],
  ['sanitation', 'P3', '我们小区的化粪池好像满了，一楼卫生间往上反水'],
  ['sanitation', 'P3', '路边的垃圾桶没有盖子，被狗扒得到处都是'],
  ['sanitation', 'P4', '建议村里安排人每周把主路扫一扫'],
  ['city_order', 'P3', '马路边停了好几辆报废的大卡车，好几年没动过'],
  ['city_order', 'P3', '饭店每天把桌子摆到街上喝酒吃串，一直闹到半夜'],
  ['city_order', 'P3', '街上的店铺门口拉了好几条红布条幅，风一吹乱飘'],
  ['illegal_building', 'P3', '隔壁把自家平房拆了准备翻建三层，也没看到公示'],
  ['illegal_building', 'P3', '有人在村里的空地上用砖垒了一个猪圈'],
  ['illegal_building', 'P3', '小区楼顶有人用彩钢板围了一大块，当成自家的房间'],
  ['illegal_building', 'P3', '河堤边有人私自建了一排看鱼的棚子'],
  ['infrastructure', 'P3', '学校门口的马路没有减速带，车开得飞快，孩子过马路很危险'],
  ['safety', 'P1', '厂里的储罐漏了，一股刺鼻的味道，工人都跑出来了'],
  ['safety', 'P3', '村里有家做鞭炮的小作坊，就在居民区里'],
  ['safety', 'P2', '路边一棵大树被虫蛀空了，歪向路中间，随时可能倒'],
  ['ecology', 'P3', '养殖场的鸭子粪直接冲到塘里，水绿得发臭'],
  ['ecology', 'P3', '附近的木材加工厂锯末满天飞，衣服都没法晒'],
  ['ecology', 'P3', '有人在湖边的芦苇荡里放火，烧了一大片'],
  ['ecology', 'P3', '洗沙场的泥水直接排到河里，河水都是黄的'],
  ['dispute', 'P3', '我家的麦子被邻居家的羊啃了一大片，找他赔他不认'],
  ['dispute', 'P3', '前夫不给孩子抚养费，已经拖了一年多'],
  ['dispute', 'P3', '我们几个在他的养殖场干了一年，一分工资都没拿到'],
  ['dispute', 'P3', '我家和他家的地中间那条田埂被他家挖了，地都连一块了'],
  ['public_order', 'P3', '村口小卖部后面天天有人打麻将赌钱，一场输赢好几千'],
  ['public_order', 'P3', '有人冒充民政局的说能办补贴，要先交手续费'],
  ['public_order', 'P3', '最近晚上总有人在小区里翻垃圾桶，还拉车门'],
  ['public_order', 'P2', '两个醉汉在饭店门口扭打在一起，还在砸酒瓶子'],
  ['infrastructure', 'P3', '村里的路被挖开铺管子，挖完就没人管了，坑还在'],
  ['infrastructure', 'P3', '我们这里手机打电话老断，信号太差'],
  ['infrastructure', 'P3', '路边的排水管破了，每次下雨路都被冲坏'],
  ['infrastructure', 'P4', '能否在镇上多装几个新能源车的充电桩'],
  ['livelihood', 'P3', '老伴走了以后我一个人过，今年八十六了，没人照顾'],
  ['livelihood', 'P3', '孩子有自闭症，县里的康复机构太贵了，负担不起'],
  ['livelihood', 'P4', '咨询一下，在外地上班的能不能在老家交城乡居民养老保险'],
  ['livelihood', 'P3', '村卫生室的医生退休了，现在没人看病'],
  ['agency', 'P3', '我家老人常年卧床，想申请上门办理身份证'],
  ['agency', 'P4', '想问一下，外地的驾照到期了可以在这边换吗'],
  ['agency', 'P3', '麻烦网格员帮忙把我家的房产证拿回来，我人在外地'],
  ['agency', 'P3', '孩子上学需要开一个在本村居住的证明'],
  ['market', 'P3', '药店把一般的保健品说成能治病，卖给老人好几千'],
  ['market', 'P3', '加油站加的油有问题，车加完就打不着火了'],
  ['market', 'P3', '学校门口的小店卖辣条，都没有生产日期'],
  ['market', 'P3', '网上订的酒店到了说没房间了，钱也不退'],
  ['flood', 'P2', '这两天湖水涨得厉害，堤下面好几处冒水'],
  ['flood', 'P3', '地里的灌溉渠塌了一段，水放不过去'],
  ['flood', 'P3', '泵站的值班人员晚上不在岗，下雨了也没人开机'],
  ['flood', 'P2', '大雨把村里的路冲断了，一个村子的人都出不来'],
  ['petition', 'P3', '我爹当年是民办教师，补贴一直没落实，找了好多部门'],
  ['petition', 'P3', '村里低保评定不公平，有车有房的也吃上了低保'],
  ['petition', 'P3', '我们反映了很多次的拆迁安置问题，到现在还是没人管'],
  ['petition', 'P2', '明天村里好多人准备一起到县政府去反映征地的事'],
  // Batch 5, scored on the near-final rules: category 20/26, priority 21/26; the 14 answers with
  // confidence ≥ 0.5 were all right, the 12 below it half right.
  ['sanitation', 'P3', '小区后门那片空地成了倒垃圾的地方，物业也不管'],
  ['sanitation', 'P3', '早市收摊后烂水果扔得到处都是，招了一堆苍蝇'],
  ['city_order', 'P3', '快递点把包裹堆在路边分拣，整个人行道都占了'],
  ['city_order', 'P3', '有人在桥上拉了个大横幅做广告，挡住了视线'],
  ['illegal_building', 'P3', '村里有人把老宅拆了，盖的新房比原来大了一倍还多，往路上占了不少'],
  ['illegal_building', 'P3', '小区绿地里被人偷偷建了个车库'],
  ['safety', 'P2', '学校对面的小超市门口堆着好几桶汽油'],
  ['safety', 'P3', '老旧小区的楼梯扶手都松了，老人上下楼很不安全'],
  ['ecology', 'P3', '山坡上有人偷偷开山挖石头，到处都是粉尘和炮声'],
  ['ecology', 'P3', '有家洗涤厂晚上把泡沫水放到渠里，渠里全是白沫'],
  ['dispute', 'P3', '给人家装修干完活，房主说不满意不给尾款'],
  ['dispute', 'P3', '我家和邻居共用一面墙，他拆房子把我家墙也弄坏了'],
  ['public_order', 'P3', '有人在镇上集市摆摊算卦骗老太太的钱'],
  ['public_order', 'P2', '我家孩子放学到现在还没回家，电话也打不通'],
  ['infrastructure', 'P3', '到镇上的那段柏油路被压得全是裂缝和坑'],
  ['infrastructure', 'P3', '我们这边好几户家里的自来水龙头一打开全是黄泥汤'],
  ['livelihood', 'P3', '我是残疾人，村里说我不符合条件，不给办护理补贴'],
  ['livelihood', 'P4', '想了解一下农村危房改造今年还有没有补助'],
  ['agency', 'P3', '家里老人办养老保险需要身份证复印件，能麻烦网格员帮忙送到镇上吗'],
  ['agency', 'P4', '孩子出生证丢了，怎么补办'],
  ['market', 'P3', '理发店剪个头收了一百多，事先也没说价格'],
  ['market', 'P3', '买的电动车电池才用了三个月就充不进电，商家推说是我用得不对'],
  ['flood', 'P2', '汛期水位一直在涨，我们村南边那段堤顶已经有几处冒水了'],
  ['flood', 'P3', '田里的排水沟好几年没清了，一下雨就排不出去'],
  ['petition', 'P3', '这件事我去年就反映过，说是会处理，到现在也没个结果'],
  ['petition', 'P3', '修高速占了我家两亩地，补偿款被村里扣了一部分'],
];

describe('suggestTriage: development examples', () => {
  it('has at least three examples for every category', () => {
    for (const code of categoryCode.options)
      expect(DEV.filter(([c]) => c === code).length, code).toBeGreaterThanOrEqual(3);
    expect(DEV.length + BLIND_BATCHES.length).toBeGreaterThanOrEqual(250);
  });

  for (const [category, priority, description, title] of [...DEV, ...BLIND_BATCHES])
    it(`${category} ${priority}: ${description}`, () => {
      const got = suggestTriage(description, title);
      expect({ category: got.category, priority: got.priority }).toEqual({ category, priority });
      expect(got.keywords.length).toBeGreaterThan(0);
    });
});

describe('suggestTriage: the simulator scenarios', () => {
  it('puts at least 97% of filled-in scenarios in their own category', () => {
    const rng = createRng(20260506);
    const places = ['杨屯社区', '西姚桥社区', '孟店社区', '滨湖河道专业网格', '集镇商贸专业网格'];
    let right = 0;
    let total = 0;
    for (const [code, template] of Object.entries(TEMPLATES))
      for (const scenario of template.scenarios)
        for (let i = 0; i < 5; i++) {
          const slots = drawSlots(rng, template, { place: rng.pick(places) });
          const got = suggestTriage(
            fillTemplate(scenario.detail, slots),
            fillTemplate(scenario.title, slots),
          );
          total++;
          if (got.category === code) right++;
        }
    expect(right / total).toBeGreaterThanOrEqual(0.97);
  });
});

describe('suggestTriage: ambiguous words', () => {
  it.each([
    ['燃气泄漏 is a safety hazard, not a utility fault', '燃气管道泄漏了，到处都是味', 'safety'],
    ['a burst water main is infrastructure, not flood', '路边水管爆裂，水冒得老高', 'infrastructure'],
    ['dead fish in the river are pollution', '河里死鱼一大片，附近厂子偷偷往河里排东西', 'ecology'],
    ['seepage through the river embankment is flood', '河堤渗水了，堤脚湿了一大片', 'flood'],
    ['a landmark named as the place does not decide', '派出所门口那条路上的垃圾三天没人清了', 'sanitation'],
    ['a village whose name holds 桥 is no bridge', '西姚桥社区有人占道经营卖水果', 'city_order'],
  ] as const)('%s', (_, text, category) => {
    expect(suggestTriage(text).category).toBe(category);
  });

  it('counts a phrase once, not again through its parts', () => {
    const got = suggestTriage('燃气泄漏');
    expect(got.keywords).toContain('燃气泄漏');
    expect(got.keywords).not.toContain('燃气');
  });

  it('lets the title count more than the story', () => {
    const story = '路边有人摆摊，摊子旁边垃圾也多';
    expect(suggestTriage(story, '垃圾成堆').category).toBe('sanitation');
    expect(suggestTriage(story, '占道经营').category).toBe('city_order');
  });
});

describe('suggestTriage: priority cues', () => {
  it.each([
    ['P1', '二楼着火了，屋里还有老人'],
    ['P1', '有人落水了，快来人'],
    ['P1', '变压器旁有人触电倒地'],
    ['P1', '厂房坍塌，下面压着人'],
    ['P1', '大堤出现管涌'],
    ['P2', '主干道井盖缺失，晚上很容易出事'],
    ['P2', '整条街路灯全灭，一片漆黑'],
    ['P2', '深夜十二点还在放音响，噪音太大'],
    ['P2', '老化电线容易起火，存在火灾隐患'],
    ['P3', '车棚里电动车乱停，没有人受伤'],
    ['P3', '去年家里着火，房子烧了，想申请救助'],
    ['P4', '咨询一下城乡居民医保怎么缴费'],
    ['P4', '建议在村口增设一个公交站'],
    ['P3', '路灯坏了，希望尽快修好'],
  ] as const)('%s: %s', (priority, text) => {
    expect(suggestTriage(text).priority).toBe(priority);
  });

  it('lists the cue that raised the priority among the keywords', () => {
    expect(suggestTriage('家里着火了').keywords).toContain('着火');
  });
});

describe('suggestTriage: confidence', () => {
  it('is null and 0 when no rule matches', () => {
    expect(suggestTriage('你好，我想说个事')).toEqual({
      category: null,
      priority: 'P3',
      confidence: 0,
      keywords: [],
    });
    expect(suggestTriage('   ', '').category).toBeNull();
  });

  it('grows with evidence and shrinks with a close rival', () => {
    expect(confidenceOf(0, 0)).toBe(0);
    expect(confidenceOf(3, 0)).toBe(0.53);
    expect(confidenceOf(6, 0)).toBeGreaterThan(confidenceOf(3, 0));
    expect(confidenceOf(6, 6)).toBeCloseTo(confidenceOf(6, 0) / 2, 2);
    expect(confidenceOf(100, 0)).toBeLessThanOrEqual(1);
    const clear = suggestTriage('秸秆焚烧，浓烟滚滚，烧麦秸的人跑了');
    const mixed = suggestTriage('路边摆摊的把垃圾倒在地上');
    expect(clear.confidence).toBeGreaterThan(mixed.confidence);
    for (const [, , d, t] of DEV) {
      const c = suggestTriage(d, t).confidence;
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  it('ignores spaces and full-width letters', () => {
    expect(suggestTriage('燃 气 泄 漏').category).toBe('safety');
    expect(suggestTriage('ＫＴＶ夜里吵').category).toBe('public_order');
  });
});

describe('keyword tables', () => {
  const split = (lines: ReadonlyArray<string>): string[] =>
    lines.flatMap((l) => l.split(' ')).filter(Boolean);

  it('lists every category phrase once across all categories and the neutral list', () => {
    const all = [
      ...NEUTRAL_PHRASES,
      ...categoryCode.options.flatMap((c) => Object.values(CATEGORY_WORDS[c]).flatMap(split)),
    ];
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
  });

  it('has several dozen phrases per category', () => {
    for (const c of categoryCode.options)
      expect(Object.values(CATEGORY_WORDS[c]).flatMap(split).length, c).toBeGreaterThanOrEqual(36);
  });

  it('lists every priority cue once', () => {
    const all = Object.values(PRIORITY_WORDS).flatMap(split);
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
  });
});
