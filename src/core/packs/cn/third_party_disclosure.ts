// cn pack — category `third_party_disclosure`: a message to an emergency contact, relative or
// colleague must not reveal the debt or any of its facts, nor ask the contact to pay or to press
// the debtor. Only a neutral "请转告XX尽快回电{官方电话}" is allowed.
//
// Every rule here has `audience: 'third_party'`: the same words are normal in a message to the
// debtor himself. Negation does not make them benign ("我们不会起诉他" still tells the contact
// that there is a debt), so the rules are not negatable.

import type { LocalText, Rule } from '../../types';
import { CITATIONS } from './citations';


const NEUTRAL: LocalText = { zh: '重要事项', en: 'an important matter' };

const GOOD: string[] = [
  '您好，我们是XX平台客服，有重要事项需联系张先生，请转告他尽快回电4008001234',
  '【安信】您好，打扰了，我们近期一直联系不上李女士，麻烦您转告她回电400-600-1234，谢谢。',
  '您好，如您不认识王先生或不便转告，请回复N，我们将不再打扰。',
  '您好，这里是XX金融官方客服，请转告陈先生于工作日9:00-18:00回电95588，谢谢配合。',
];

// Lenders are named after what they do (360借条, 美团借钱, 借呗, 分期乐, 招商银行信用卡中心, 借款宝): a debt
// word that is part of the sender's name, in its signature or in "我们是XX客服", tells the contact nothing.
const BRAND_STEM =
  '(借条|借呗|借钱|借款|借贷|借了|贷款|网贷|信用卡|分期|白条|金条|花呗|微粒贷|现金贷|消费贷|信用贷|好期贷|小额贷款)';
const BRAND_SUFFIX = '[宝花乐呗通侠家帮易达星猫鱼盒王君圈包付分借贷钱金么吗啦e]{0,2}';
const SURNAME = '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤褚卫尤施喻柏水戚华]';
const BRAND: string[] = [
  `${BRAND_STEM}${BRAND_SUFFIX}(平台)?(app|客服|官方|平台|公司|中心|热线|服务|服务号|团队|专员|小程序|公众号|官网|您好|你好|尊敬的|亲爱的|温馨提示|友情提示|提醒您|打扰了|麻烦您|烦请|感谢您|抱歉打扰|很抱歉|非常抱歉)`,
  `${BRAND_STEM}${BRAND_SUFFIX}${SURNAME}(先生|女士|小姐)`,
  `(我们是|这里是|来自|本短信由|本信息由|登录|打开|下载|关注|搜索).{0,4}${BRAND_STEM}`,
];

/** The contact is told he owes nothing ("您无需承担任何还款责任", "我们不会要求您代为偿还"). */
const NO_DUTY: string[] = [
  '(无需|无须|不需要|不用|不必|没有|无|不承担|不负|不负有|不存在|不会有|并无|不要求)(您|你)?(承担|负担|负有|有)?(任何)?(的)?(还款|代偿|偿还|连带|担保|代为偿还|还钱|代还|垫付)?(的)?(责任|义务)',
  '(不会|绝不|不得|从不|无需|无须|不需要|不用|不必|不要求)(要求|让|请|需要)?(您|你)(代为|代|替他|替她|帮他|帮她|帮忙)?(偿还|还款|还钱|代偿|垫付|承担|负责)',
  '(无需|无须|不需要|不用|不必)(您|你)?(代为|帮忙)?(垫付|代偿|代为偿还|代还)',
  // "您不用替他还任何款项"
  '(无需|无须|不需要|不用|不必|不要|不会让|不会要求|没必要)(您|你)?(替他|替她|帮他|帮她|代他|代她|为他|为她)(还|偿还|还款|还钱|垫付|承担|出钱)',
];

export const rules: Rule[] = [
  {
    id: 'cn.third_party_disclosure.debt_terms',
    category: 'third_party_disclosure',
    severity: 'error',
    audience: 'third_party',
    negatable: false,
    phrases: [
      '(欠款|欠钱|欠债|欠账|拖欠|赖账|欠下|欠着|欠了|所欠|欠我司|欠我们|欠平台|欠银行|欠公司|欠的钱|欠的款)',
      '(逾期|超期|严重超期|未按时还|没按时还)',
      '(借款|借钱|借贷|借了|借的钱|借的款|借过钱|借过款|网贷|贷款|消费贷|现金贷|信用贷|套现)',
      '(还款|还钱|还清|归还|偿还|清偿|结清|待还|应还|未还|没还|不还|还没还|拖着不还|赖着不还|还欠款|还债|还账|欠还)',
      '(催收|催款|催缴|追讨|追缴|讨债|要债|追债|清收|委外催收|贷后)',
      '(债务|债权|债主|负债|欠条|借条|借据|账单|本金|利息|罚息|滞纳金|违约金|逾期费|本息|月供)',
      '(违约|失信|老赖|黑名单|征信|不良记录|信用记录)',
      '(未结清|未偿还|未归还|未缴清|未还清|没还清|还不上|还不起|躲债|逃债)',
      '(钱|款|款项|账|费用)(一直|到现在|至今|还)?(没|未|没有|还没)(处理|还|结|交|付)',
      '(有|欠)(一)?笔(账|款|钱|费用|款项|欠款)',
      // r2: Cantonese (借咗五千蚊, 拖咗两个月, 帮佢畀返), instalments unpaid, "那笔还没处理"
      '(借咗|欠咗|拖咗|冇还|唔还|未还钱|畀返|还返|还数|欠数|追数)',
      '([0-9]{1,2}|[一二两三四五六七八九十几]{1,2})期(都)?(没交|没还|未还|未交|没缴|未缴|逾期|没供|断供)',
      '(那笔|这笔)(钱|款|账)?(还|一直|到现在|至今)?(没|未|没有|还没)(处理|还|结|交|付|还上)',
      '(钱|款|款项|账)(一直|还|到现在|至今)?(拖着|欠着|没给|没结|拖了)',
      // initials collectors use to dodge filters: hk 还款, qk 欠款, yq 逾期, jk 借款, dk 贷款, wd 网贷
      '(hk|qk|yq|jk|dk|wd|hkr)(日|款|金额|记录|了|没还|不还|拖|逾期|的钱)?',
      // "你跟他说，钱打到我支付宝就行": repayment instructions relayed through the contact
      '(钱|款|款项|欠款|欠的钱|那笔钱|这笔钱)(直接|先|尽快|赶紧|今天|马上)?(打到|转到|打给|转给|汇到|存到|交到|还到|打过来|转过来|还上|还了|交了|补上|结了)',
      '(跟|和|给)(他|她|ta)(说|讲|带句话|带个话|捎个话|传个话)(一声|一下)?(钱|把钱|欠的|还|赶紧还|早点还|尽快还|别拖)',
      // "赶紧还，别拖了", "让他早点还上"
      '(赶紧|尽快|早点|早些|马上|快点|抓紧|立刻|今天就)(还|还上|还了|还清|还钱|还款|还账|还债|把钱还|把账还)(吧|啊|呀|哈|喽|别拖|掉)?',
      '(别|不要|不能|别再|不能再|不要再)(再)?(拖|拖着|拖了|赖着|赖|躲着|装死|拖下去)',
      // "那笔钱让他今天转过来就没事了"
      '(钱|款)(你)?(让|叫|要|请|跟)?(他|她|ta|其)?(今天|明天|今晚|这周|本周|月底前?|尽快|赶紧|马上|直接|先|最好|必须|务必|早点|抓紧)?(内|之内|前)?(就|得|要|必须)?(打到|转到|打给|转给|汇到|存到|交到|还到|打过来|转过来|还上|还了|交了|补上|结了|还回来|还给)',
      '(那笔|这笔|欠的|借的|欠我们的|该还的|欠下的)(钱|款).{0,8}(打到|转到|打给|转给|汇到|存到|交到|还到|打过来|转过来|还上|还了|交了|补上|结了|还回来|还给)',
      '(那笔|这笔|欠的|借的|欠我们的|该还的|欠下的)(钱|款)(让|叫|请|要|麻烦)(他|她|ta|其)(.{0,6})(打到|转到|打给|转给|汇到|存到|交到|还到|打过来|转过来|还上|还了|交了|补上|结了|还回来|还给)',
    ],
    exceptions: [
      // Telling a relative they owe nothing.
      '(没有|无|不用|不必|无需|不需要)(替|帮|代)(任何人|他|她|别人)?(还钱|还款|偿还|还债)(的)?(责任|义务)','(小额)?贷款(股份)?(有限)?(责任)?公司', '小额贷款', '还清楚',
      '拖延(回电|联系|回复|时间)',
      // a phone's block list, not a credit blacklist
      '(加入|拉入|拉进|放入|放进|移出|移除|设置|添加到|加到)(了)?(手机|电话|短信|号码|来电|通讯录)?(的)?黑名单',
      '(手机|电话|短信|号码|来电|骚扰)(的)?黑名单',
      ...BRAND,
      ...NO_DUTY,
      // a promise to the contact: "不会向您透露任何借款信息"
      '(不会|不|绝不|不得|从不|不再)(向|对|跟|和)(您|你)(透露|告知|提及|说明|披露|泄露|讲)(任何|其|他的|她的|本人的)?(的)?(借款|欠款|债务|逾期|贷款|负债)(信息|情况|细节|金额|事宜|记录)?',
      // the contact's own credit is untouched ("不会对您的征信产生任何影响")
      '(不会|不影响|不会影响|无关|不涉及|不会对|与)(到)?(您|你)(本人)?(的)?(个人)?(征信|信用记录|信用|信用评分)',
      '(您|你)(本人)?(的)?(个人)?(征信|信用记录|信用)(无关|不受影响|不会受到影响|没有影响|不受任何影响|不会受影响)',
    ],
    message: {
      zh: '发给联系人的信息不得提及债务：「{match}」会向第三方透露借款人的负债、逾期等个人信息',
      en: 'A message to a contact must not mention the debt: "{match}" reveals the borrower\'s debt or arrears to a third party',
    },
    suggestion: NEUTRAL,
    replacements: { 欠款: '重要事项', 逾期: '有重要事项', 还款: '回电', 还钱: '回电', 借款: '业务' },
    source: CITATIONS.third_party_disclosure,
    examples: {
      audience: 'third_party',
      bad: [
        '您好，您的朋友张三在我司的借款已逾期，请转告他尽快处理。',
        '你儿子欠我们平台的钱到现在还没还，你们家里人管不管？',
        '李先生的賬單已經拖了很久，麻煩您提醒他還 款',
        '我们是催收部门，王女士的债务需要马上处理。',
      ],
      good: GOOD,
    },
  },
  {
    id: 'cn.third_party_disclosure.amount',
    category: 'third_party_disclosure',
    severity: 'error',
    audience: 'third_party',
    negatable: false,
    phrases: [
      '(欠款|借款|应还|待还|未还|逾期|剩余|尚欠|拖欠|本息|欠费)(金额|总额|本金|余额|数额)',
      '(欠|借|还|差|拖欠)(了)?(好几|几|两|三|四|五|六|七|八|九|十|一)(百|千|万|十万)(块|元|多)?',
      // digits with a currency unit ("5000元", "3.2万" folds to 32万, "8k", "2w")
      '[0-9]{1,7}(元|块钱|块|万元|万块|万|千元|百元|美元|rmb|人民币|w|k)',
      '(人民币|金额|共计|合计|总计|累计|总额|余额|本金|利息|欠|尚欠|应还|待还)[0-9]{1,7}',
      // Chinese numerals with a unit ("两万块", "三千元"); one character alone ("一块") is no amount
      '[零一二两三四五六七八九十百千万几]{2,8}多?(元|块钱|块)',
    ],
    // "元旦/元宵" are dates
    exceptions: ['元(旦|宵)'],
    message: {
      zh: '发给联系人的信息不得包含欠款金额：「{match}」向第三方透露了借款人的债务信息',
      en: 'A message to a contact must not state an amount: "{match}" reveals the borrower\'s debt to a third party',
    },
    suggestion: { zh: '相关事宜', en: 'the matter' },
    source: CITATIONS.third_party_disclosure,
    examples: {
      audience: 'third_party',
      bad: [
        '您好，请转告张先生，他还有8650元需要今天处理。',
        '麻烦告诉你老公，共计1.5万，今天必须到账',
        '你弟弟欠了两万块一直拖着。',
        '请提醒王女士尽快处理３２００元款项',
      ],
      good: GOOD,
    },
  },
  {
    id: 'cn.third_party_disclosure.overdue_period',
    category: 'third_party_disclosure',
    severity: 'error',
    audience: 'third_party',
    negatable: false,
    phrases: [
      '(到期|过期|超期|过了还款日)(都)?(未|没|没有|还没|一直没|一直不|不)(还|处理|结清|偿还|归还|缴)',
      '(拖了|欠了|拖欠了|晚了|迟了)(好几|几|两|三|四|五|六|七|八|九|十|半|一)(个)?(多)?(天|月|年|期|礼拜|星期)',
      '(拖了|欠了|拖欠了|拖|欠|拖欠|拖着|欠着)(好久|很久|这么久|那么久|太久|一段时间|大半年|大半个月|小半年|半年多|一年多|好长时间|很长时间)',
      '(还款日|到期日|账单日|hk日|最后期限|期限)(已经|早就|都)?(过了|超过|过去)',
      // "逾期45天", "已超期3个月", "30天没还", "拖了2个月"
      '(逾期|超期|拖欠|拖了|欠了|晚还|迟还|延期)(了|已|已经|超过|达|近|快)?[0-9]{1,3}个?(天|日|月|年|期|礼拜|星期)',
      '[0-9]{1,3}个?(天|日|月|期|礼拜|星期)了?(都|一直|仍|还)?(没|未|不)(还|处理|结清|缴|偿还|归还)',
    ],
    message: {
      zh: '发给联系人的信息不得提及逾期时长：「{match}」向第三方透露了借款人的逾期情况',
      en: 'A message to a contact must not state how long the debt is overdue: "{match}" reveals the arrears to a third party',
    },
    suggestion: NEUTRAL,
    source: CITATIONS.third_party_disclosure,
    examples: {
      audience: 'third_party',
      bad: [
        '你朋友已经逾期45天了，请转告他。',
        '王先生的款项30天都没还，您作为家人劝劝他',
        '他拖了三个月，我们实在联系不上',
        '李女士到期未还，請您轉告',
      ],
      good: GOOD,
    },
  },
  {
    id: 'cn.third_party_disclosure.loan_details',
    category: 'third_party_disclosure',
    severity: 'error',
    audience: 'third_party',
    negatable: false,
    phrases: [
      '(借款合同|贷款合同|借款协议|贷款协议|借款协议书|分期付款|分期还款|分期购买|分期账单|分期业务|分期借款|分期欠款|分期未还|分期逾期|办的分期|办了分期|申请的分期|买的分期|分期的钱|分期的款|额度|信用卡|花呗|借呗|白条|微粒贷|期数|第几期|还款日|到期日|账单日|最低还款|放款|授信|抵押|房贷|车贷|担保人|保证人|共同借款人|连带保证)',
      '(在|从)(我司|我们平台|我们公司|本平台|平台上|我们这里|我们这)(借|贷|申请|办理|分期|欠)',
    ],
    exceptions: ['分期(乐)?(客服)?热线', ...BRAND],
    message: {
      zh: '发给联系人的信息不得透露借款细节：「{match}」向第三方透露了借款人的借贷信息',
      en: 'A message to a contact must not reveal loan details: "{match}" discloses the borrower\'s credit relationship to a third party',
    },
    suggestion: NEUTRAL,
    source: CITATIONS.third_party_disclosure,
    examples: {
      audience: 'third_party',
      bad: [
        '您好，赵先生在我们平台申请的分期一直未处理，请转告。',
        '他的信用卡已经停用，麻烦您让他联系我们',
        '您是刘女士借款合同上填写的联系人，请协助转告',
        '他的花 唄 和白條都出问题了',
      ],
      good: GOOD,
    },
  },
  {
    id: 'cn.third_party_disclosure.ask_to_pay',
    category: 'third_party_disclosure',
    severity: 'error',
    audience: 'third_party',
    negatable: false,
    phrases: [
      '(代为|代他|代她|替他|替她|帮他|帮她|帮忙|协助他|协助她|帮助他|帮助她|替你|帮你)(偿还|还款|还钱|还清|垫付|垫还|代偿|结清|处理欠款|把钱还|把账还|还了|还一下|还上|还掉|还)',
      '(代还|代偿|垫付|垫还|代缴|代付欠款|先垫上|先垫一下|谁来还|谁替他还|谁帮他还|谁替她还|谁帮她还)',
      '(替他|帮他|代他|替她|帮她|代她)(处理|解决|承担|出钱|出了)',
      '(准备好|凑齐|凑够|筹好|筹集)(钱|款|款项)',
      '把钱(准备好|凑齐|凑够|交了|交上|打过来|转过来|还了|还上)',
      '(督促|催促|劝|劝劝|说服|逼|让|叫)(他|她|其)(尽快|赶紧|马上|早点|今天)?(还钱|还款|还清|处理欠款|结清|偿还|把钱还|还了)',
      '(督促|催促|劝|让|叫)ta(尽快|赶紧|马上)?(还钱|还款|还清|结清|偿还)',
      '(你|您)(有|负有|要|需要|得|必须|应该|应当)(义务|责任|连带责任|担保责任)',
      '(担保责任|连带责任|连带还款责任|共同还款责任|偿还责任|还款责任|还款义务|偿还义务|代偿责任|担保义务)',
      '(父债子还|子债父还|夫债妻还|妻债夫还|父债子偿|夫妻共同债务|共同债务|家人共同承担)',
      '(你|您)(来|先|帮忙|帮他|帮她|替他|替她|代他|代她|先帮他|先帮她)(还|垫|垫付|垫上|出钱|把钱)',
      '(由你|由您|找你|找您|只能你|只能您|只能找你|只能找您)(来)?(还|偿还|垫付|承担|负责|出钱|赔)',
      // "作为他的紧急联系人，您有责任督促他"
      '(作为|身为|既然是)(他|她|其)?的?(紧急联系人|联系人|担保人|家属|家人|亲属|父母|配偶|朋友).{0,4}(有|要|需要|应|应该|应当|必须|得|也得|也要)(负责|承担|配合|督促|协助|帮忙|义务|责任)',
      '(作为|身为|既然是)(他|她|其)?的?(紧急联系人|联系人|担保人|家属|家人|亲属|父母|配偶|朋友)(你|您)(也|就|当然|理应|自然)?(有|要|需要|应|应该|应当|必须|得|也得|也要)(负责|承担|配合|督促|协助|帮忙|义务|责任)',
    ],
    exceptions: [
      '帮忙(转告|转达|通知|联系|回电)',
      ...NO_DUTY,
    ],
    message: {
      zh: '不得向联系人催收或要求其代为还款：「{match}」把债务转嫁给了与债务无关的第三人',
      en: 'A contact must not be asked to pay or to press the borrower: "{match}" shifts the debt onto an unrelated third party',
    },
    suggestion: { zh: '请转告其尽快回电', en: 'please ask them to call us back' },
    source: CITATIONS.third_party_disclosure,
    examples: {
      audience: 'third_party',
      bad: [
        '他联系不上，请您代为偿还。',
        '作为他的紧急联系人，你有义务督促他马上还钱！',
        '您是家属，今天之内替他还上就不再打扰您',
        '麻煩您幫他墊付一下',
        '父债子还，天经地义',
      ],
      good: GOOD,
    },
  },
  {
    id: 'cn.third_party_disclosure.legal_status',
    category: 'third_party_disclosure',
    severity: 'error',
    audience: 'third_party',
    negatable: false,
    phrases: [
      '(起诉|诉讼|仲裁|立案|律师函|强制执行|被执行人|传票|法院|法务部|法务|司法程序|报案|经侦|判决|查封|冻结|案件|案子)',
    ],
    exceptions: [
      // A refusal to say anything about it ("不能向您透露任何案件情况").
      '(不能|不便|无法|不会|不可以)(向您|向你|对您|对你|给您)?(透露|告知|说明|提供|告诉)(任何|具体)?(的)?(案件|案子|情况|信息|事项)',
    ],
    message: {
      zh: '发给联系人的信息不得提及诉讼或法律程序：「{match}」向第三方透露了借款人的债务纠纷',
      en: 'A message to a contact must not mention legal action: "{match}" reveals the borrower\'s debt dispute to a third party',
    },
    suggestion: NEUTRAL,
    source: CITATIONS.third_party_disclosure,
    examples: {
      audience: 'third_party',
      bad: [
        '您好，您的同事孙先生的案件即将进入诉讼程序，请转告他。',
        '我们已委托律师准备起诉，请让周女士尽快联系法务部。',
        '他的事情马上要移交法 院',
      ],
      good: GOOD,
    },
  },
];
