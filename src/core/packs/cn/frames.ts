// Frames of the cn pack: violations that carry no menacing word of their own but a shape — who
// does what to whom, and when. Each frame is a rule whose phrase families are written with slots
// named after the lexicons (lexicons.ts): `{MODAL}.{0,6}{TELL}` reads "a future act of telling".
// Slots are filled when the pack loads (`fillSlots`), so a frame is data: its slots, its gaps
// (which never cross a comma), its message, its source and its examples.
//
// Negations, quotes, reports, corrections and warnings around a frame are handled like any rule's
// (src/core/discourse, lint.ts); a frame does not list them again.

import type { Rule } from '../../types';
import { CITATIONS } from './citations';
import { LEXICONS, type LexiconName } from './lexicons';

/** Replaces every `{NAME}` slot with the lexicon's alternation. */
export function fillSlots(pattern: string): string {
  return pattern.replace(/\{([A-Z_]+)\}/g, (all, name: string) => {
    const words = (LEXICONS as Record<string, readonly string[]>)[name as LexiconName];
    if (!words) throw new Error(`unknown lexicon {${name}} in frame "${pattern}"`);
    return `(${words.join('|')})`;
  });
}

const frame = (r: Rule): Rule => ({
  ...r,
  frame: true,
  phrases: r.phrases?.map(fillSlots),
  exceptions: r.exceptions?.map(fillSlots),
});

export const rules: Rule[] = [
  frame({
    id: 'cn.exposure.frame_tell_third_party',
    category: 'exposure',
    severity: 'error',
    phrases: [
      // 将通知你的单位 / 下一步将联系您丈夫的工会 / 会告诉你爸妈
      '{MODAL}.{0,6}{TELL}(了)?{WHOSE}(的)?.{0,3}{THIRD}',
      '{MODAL}.{0,6}{TELL}(了)?(你|您)?(的)?{THIRD_ALWAYS}',
      // 将自动向您的工作单位发送征信预警函 / 会给你家里寄律师函
      '{MODAL}.{0,4}(向|给|对){WHOSE}(的)?.{0,3}{THIRD}.{0,8}({TELL}|{LETTER})',
      // 寄送到您的户籍所在地村委会 / 张贴在您小区
      '(寄|发|送|邮寄|寄送|投递)(到|往|至|给){WHOSE}(的)?.{0,4}(单位|公司|家|老家|户籍地|户籍所在地|村委|村委会|居委会|社区|学校|小区|物业)',
      '(在|到|于){WHOSE}(的)?.{0,4}(单位|公司|小区|村里|村口|楼下|学校|老家|社区|门口)(张贴|公示|贴|发放|散发|拉横幅|挂横幅|广播|宣传)',
      // 逾期信息会同步给合作的百家金融机构及您所在城市的社区网格员
      '(同步|共享|推送|提供|报送|发送)(给|至|到).{0,10}{WHOSE}(的)?.{0,4}{THIRD}',
      // 在其抖音、快手作品下留言 / 您的逾期记录会在我们App的公示栏目里展示
      '(在|到|于){WHOSE}(的)?.{0,6}{OUTLET}.{0,8}(留言|评论|发布|发|挂|曝光|公开|展示|公示|置顶)',
      '(逾期记录|欠款信息|逾期信息|欠款记录|失信信息|借款信息|你的信息|您的信息).{0,8}(公示|展示|曝光|公开|挂出|张贴)',
      // 你的通讯录好友每人会收到一条短信
      '{WHOSE}(的)?{THIRD}.{0,6}(都|也|全|每人|人人)(会|将|就|能)?(收到|知道|看到|接到|得知)',
      '{THIRD_ALWAYS}.{0,6}(都|也|全|每人|人人)(会|将|就|能)?(收到|知道|看到|接到|得知)',
    ],
    exceptions: [
      // A call-back request through a contact is lawful ("联系人将收到请您回电的提醒").
      '(紧急联系人|联系人)(将|会|可能|也)?(会)?(收到)(一条|一则)?(请您|请你|提醒您|提醒你|让您|让你|您的)?(回电|回复|联系我们|致电)',
      // Telling them is what the debtor asked for, or about the debtor's own contact details.
      '(核实|更新|确认)(您|你)(的)?(工作单位|单位)(信息|地址|名称|电话)',
      '(您|你)(的)?(家人|朋友|亲友|同事)(也)?(可以|能|可)(通过|拨打|致电|登录)',
      // A question about it, and a court's own service of process.
      '(会不会|是否会|是不是会|是否|会否|能否|可否|有没有)(通知|告知|告诉|联系|发|打|上门|找)',
      '(法院|人民法院|执行法官|执行局).{0,6}(向|给|对)',
      // The debtor does it himself ("您可以将结清证明转发给您的单位").
      '(您|你)(可以|可|也可以|也可|需要|需|须|请|自行|亦可)(将|把).{0,10}{TELL}',
    ],
    message: { zh: '「{match}」表示要把欠款告诉或公开给第三方，属于以曝光相威胁', en: '"{match}" threatens to tell third parties about the debt or make it public' },
    suggestion: { zh: '我们将继续通过官方渠道与您本人联系', en: 'we will keep contacting you directly through official channels' },
    source: CITATIONS.privacy_disclosure,
    examples: {
      bad: ['系统将自动向您的工作单位发送征信预警函。', '下一步我们将联系您丈夫的工会。', '明天开始你的通讯录好友每人会收到一条短信。', '逾期信息会同步给您所在城市的社区网格员。'],
      good: [
        '我们不会联系您的单位或家人。',
        '如您的联系方式有变化，请登录APP更新工作单位信息。',
        '紧急联系人将收到一条请您回电的提醒。',
        '您可以将结清证明转发给您的单位财务用于报销。',
        '【融e借】我们已收到您家人代为转告的信息，谢谢。',
      ],
    },
  }),
  frame({
    id: 'cn.harassment.frame_relentless',
    category: 'harassment',
    severity: 'error',
    phrases: [
      // 每半小时给您拨一次 / 今晚到明早我们都会持续联系您 / 三班倒外呼
      '{RELENTLESS}.{0,10}{CALL_VISIT}',
      // 每天都会安排专人致电您本人及您的家属 / 每天早中晚各派人到您小区门口等您
      '{DAILY}.{0,10}(致电|打电话给|打给|电话联系|联系)(你|您)?.{0,6}{KIN}',
      '{DAILY}.{0,10}(上门|派人|登门|敲门|到你家|到您家|去你家|去您家|在你家|在您家|到你单位|到您单位|去你单位|去您单位|到你小区|到您小区)',
      // 夜里也要保持触达 / 深夜照样打
      '(夜里|夜间|半夜|深夜|凌晨|晚上|通宵).{0,6}(也|都|照样|继续|一样|照常)(要|会|得|可以)?(保持|打|拨|联系|触达|上门|外呼|催|呼)',
      // 各拨一次，直到接通
      '(打|拨|致电|联系|呼叫|呼)(一次|一遍|下去|到底)?.{0,4}(直到|直至|一直到)(你|您)?(接通|接听|接电话|回电|出来)',
      // 打到你接为止 / 你不接我们就一直打
      '(打|拨|催|联系|找)(到|至)(你|您)(接|还|回|处理|接听|还钱|还款|出来).{0,4}(为止|才停|才罢休)',
      '(你|您)(不接|拒接|不回|不理|挂断|拉黑).{0,6}(就|我们就|我们会|会)?(一直|继续|接着|不停|换号|轮流|天天|每天)(打|联系|拨|找|发)',
      // 换一个号码我们就打一个 / 用不同号码打
      '(换|换个|换一个|每换|换了).{0,4}(号|号码|手机|手机号|电话).{0,6}(打|拨|联系|找|跟)',
      '(不同|多个|几个|十几个|几十个|多部|各种)(号码|手机号|电话|手机)(给|向|对)?(你|您)?.{0,4}(打|拨|联系|轮流|轮番|呼)',
      // 在客户家门口守了一整夜
      '(守|蹲|等|堵)(了)?(一整夜|一夜|一晚上|整晚|通宵|几天几夜|一整天|整整一天)',
    ],
    exceptions: [
      // Service hours are not contact; a cap on calls is a promise; past attempts are a reason to call back.
      '{RELENTLESS}.{0,10}(服务|在线|营业|受理|接听|为您|开放)',
      '(24小时|二十四小时|每天|每日)(内|之内|以内)',
      '({RELENTLESS}|{DAILY}).{0,6}(不超过|不多于|最多|至多|仅|只|不会|不再)',
      '(拨打|致电|联系|打|呼叫)(多次|几次|数次)?(仍|都|均|一直|始终)?(无法|未能|没有|没能|未)(接通|联系上|打通|取得联系)',
    ],
    message: { zh: '「{match}」宣称将反复、持续地联系或上门，属于骚扰', en: '"{match}" announces repeated, relentless contact or visits: harassment' },
    suggestion: { zh: '我们会在合适的时间与您联系', en: 'we will contact you at a suitable time' },
    source: CITATIONS.harassment,
    examples: {
      bad: ['在您还款之前，我们每天都会安排专人致电您本人及您的家属。', '系统会给您每半小时拨一次，直到接通。', '您换一个号码我们就打一个。', '今晚到明早我们都会持续联系您。'],
      good: [
        '客服每天9:00-21:00为您服务。',
        '我司每日外呼不超过3次，如有打扰敬请谅解。',
        '反复拨打仍无法接通，烦请您回电。',
        '我们会每天给您发送还款提醒短信，如不需要可回复TD退订。',
        '直到您还清为止，我们会每月发送一次账单提醒。',
      ],
    },
  }),
  frame({
    id: 'cn.threat.frame_lurking',
    category: 'threat',
    severity: 'error',
    phrases: [
      // 我们的朋友最近常在你小区楼下转 / 我们几个人今晚来你楼下等你
      '{OUR_SIDE}.{0,8}(在|去|到|来|上)(你|您)(的|家)?.{0,2}{PLACE}.{0,6}{LURK}',
      '{OUR_SIDE}.{0,8}(在|去|到|来)(你|您)(的|家)?.{0,2}{PLACE}(附近|周围|一带)?(转|晃|逛)',
      // 今晚就有人过去敲门
      '(有人|我们|人|兄弟们|我们的人|几个人)(会)?(今晚|明天|晚上|半夜|马上|今天|周末|改天)?(就)?(会)?(过去|过来|上门|来|去)(敲门|找你|找您|堵你|看看你|拜访你|坐坐|喝茶|聊聊)',
      // 有人去单位找您了解情况
      '(有人|会有人|派人|安排人|找人).{0,4}(去|到|来|上)(你|您)?(的|家)?.{0,2}{PLACE}.{0,4}{LURK}',
      // 我们已经知道你每天几点下班，走哪条路回家
      '(知道|清楚|掌握|摸清|查到|打听到)(了)?(你|您|他|她)?(的)?{MOVEMENTS}',
      // 不保证你家人的安全 / 万一出点什么事
      '(不保证|保证不了|难保|不敢保证|没法保证|无法保证)(你|您|你的|您的|你家|您家|他|她)?(的)?{KIN}?(的)?(人身)?(安全|平安|没事|不出事)',
      '(万一|说不定|难免|保不齐|指不定)(会)?(出|发生|碰上|遇到)(点|一点|什么|些)?(什么)?(事|意外|事情|状况)',
      // 孩子在哪个学校我们都知道
      '(孩子|女儿|儿子|小孩|老婆|老公|父母|爸妈)(在)?(哪个|哪所|哪家)?(学校|幼儿园|单位|医院|上学|上班).{0,6}(我们|我)(都|也)?(知道|清楚|晓得|查到)',
      // 他跑到哪里我们都能找到
      '(跑到|躲到|逃到|躲在|藏到)(哪|哪里|哪儿|天涯海角).{0,4}(都|也)(能|会|找|逮)',
    ],
    exceptions: [
      '(您|你)(可以|可)?(到|来|去)(我司|门店|网点|营业厅|柜台)',
      // A meeting the debtor asked for, at a branch.
      '(网点|门店|营业厅|柜台|服务点|咖啡馆|咖啡厅|营业部)(等|见|接待)',
      '(到|来|去)(你|您)(的)?(家人|家属|家里人)',
    ],
    message: { zh: '「{match}」暗示有人在跟踪、守候或上门，属于威胁', en: '"{match}" implies the debtor is watched, waited for or visited: a threat' },
    suggestion: { zh: '请通过官方渠道与我们联系', en: 'please contact us through official channels' },
    source: CITATIONS.threat,
    examples: {
      bad: ['我们的朋友最近常在你小区楼下转。', '我们已经知道你每天几点下班，走哪条路回家。', '他跑到哪里我们都能找到。'],
      good: ['您也可以到我司门店办理还款。', '你好，你说方便面谈，我们周五下午到你单位附近的网点等你。', '【融e借】我们已收到您家人代为转告的信息，谢谢。'],
    },
  }),
  frame({
    id: 'cn.misleading.frame_false_legal_power',
    category: 'misleading',
    severity: 'error',
    phrases: [
      // 债权人有权直接处置借款人名下车辆 / 可以不经诉讼直接划扣你名下所有账户
      '{WITHOUT_COURT}.{0,6}{SEIZE}',
      // 冻结您所有账户，包括微信和支付宝
      '{SEIZE}(你|您|借款人)?(的)?{ASSETS}',
      // 你父母要承担连带责任 / 按新规亲属承担连带责任
      '{KIN}.{0,6}{LIABLE}',
      // 已达到……立案标准 / 你这种情况已经涉嫌诈骗了
      '(已|已经|早就|早已)(达到|够|超过|构成|涉嫌|属于|够得上).{0,8}{CRIME}',
      // 经法院备案，具有法律强制效力
      '(经|已经|已)(法院|仲裁委|司法机关|公安)(备案|认证|授权|批准)',
      // 律师函送达后视为法院已受理 / 不履行即构成违法
      '(视为|等同于|等于|相当于|就算|即为)(法院|法庭)?(已|已经)?(受理|立案|判决|起诉|开庭|生效|败诉)',
      '(不履行|不还|不还款|不处理|逾期|拖欠|不配合|再拖)(的话)?(即|就|便|则|将|会)?(构成|属于|涉嫌|算|是|被认定为|视为)(违法|犯罪|诈骗|恶意逃债|逃废债|刑事)',
      // 限制您配偶出行 / 逾期将导致子女无法考公
      '(限制|禁止|不准|不能|无法|不得)(你|您|其|你的|您的)?(的)?{KIN}?.{0,2}(出行|出境|乘坐|坐飞机|坐高铁|乘飞机|高铁|飞机|高消费|上学|入学|考公|考编|参军|入党|就业|贷款|买房|买车|出国)',
      '{KIN}(的)?(出行|出境|上学|入学|考公|考编|参军|入党|就业|工作|征信)(都|也|将|会|就)?(会|将|要)?(受到|受|被)(影响|限制|牵连|连累)',
      // 按新规 / 最新规定 used to invent a rule
      '(按|按照|根据|依据)(最新|新|新出台的|刚出台的|国家最新)(规定|规则|政策|法规|文件|条例)',
      // 纳入征信黑名单
      '(纳入|列入|上了|录入)(了)?(征信|全国|央行)?(黑名单|失信名单|老赖名单)',
      '(进入|加入)(了)?(征信|全国|央行)(黑名单|失信名单|老赖名单)',
    ],
    exceptions: [
      // Autopay and a guarantor's contractual duty are lawful.
      '(自动|按时|到期)(扣款|划扣|扣除)',
      '(担保人|保证人|共同借款人)(依法|按合同|根据合同)?(承担|负)',
      // What a court may do after judgement, said as such; family told they owe nothing.
      '(法院|人民法院).{0,12}({SEIZE}|纳入|列入)',
      '{KIN}.{0,3}(无需|不需要|不用|不必|无须|不会|不承担|没有|无|不负|不需)',
    ],
    message: { zh: '「{match}」虚构了不存在的法律后果或权力', en: '"{match}" invents a legal consequence or power that does not exist' },
    suggestion: { zh: '逾期可能产生罚息并影响您的信用记录', en: 'late payment may incur penalty interest and affect your credit record' },
    source: CITATIONS.misleading,
    examples: {
      bad: ['依据相关规定，债权人有权直接处置借款人名下车辆以抵偿债务。', '公司将申请冻结您所有账户，包括微信和支付宝。', '按新规你父母要承担连带责任。', '本函经法院备案，具有法律强制效力。'],
      good: [
        '判决生效后，法院可依法冻结被执行人的存款。',
        '系统将于还款日自动扣款。',
        '您的家人没有还款义务。',
        '紧急联系人无需承担还款责任，仅请协助转告张先生回电。',
        '对于拒不履行生效判决的，法院可依法采取限制高消费、纳入失信名单等措施。',
      ],
    },
  }),
  frame({
    id: 'cn.impersonation.frame_self_identified_authority',
    category: 'impersonation',
    severity: 'error',
    phrases: [
      // 我是XX派出所的民警 / 这里是金融纠纷调解中心 / 本调解委员会
      '(我|我们|本人|这里|这边)(是|系|为|就是|乃)(来自)?.{0,10}{AUTHORITY}(的)?{OFFICER}?',
      '本(调解委员会|调解中心|仲裁委|仲裁委员会|院|庭|局|所)(现|已|将|依法|特此|通知|决定|受理)',
      // 已将你的案子交给公安局
      '(交给|移交|转交|转给|报给|提交给|递交给|递交|移送)(当地)?{POLICE}',
    ],
    exceptions: [
      // A real, named enforcement or litigation step the lender itself takes is not impersonation.
      '(向|到)(法院|人民法院)(提起|起诉|申请)',
      '(我|我们)(是|系)(受|由).{0,12}委托',
    ],
    message: { zh: '「{match}」自称或暗示公检法、调解或政府机构身份', en: '"{match}" claims or implies the identity of police, a court, a mediation body or a government office' },
    source: CITATIONS.impersonation,
    examples: {
      bad: ['我是你们当地派出所的民警，别让我们上门。', '您好，这里是金融纠纷调解中心，关于您名下的借款纠纷……', '逾期超过一年，公司可以直接把案子交给公安局。'],
      good: ['如您对债务有异议，可向人民法院提起诉讼。', '我们是受安信贷委托的催收机构。', '撤诉申请已于6月8日递交法院。'],
    },
  }),
  frame({
    id: 'cn.payment_channel.frame_person_account',
    category: 'payment_channel',
    severity: 'error',
    phrases: [
      // 这个账号是我们公司老板的，放心转 / 卡是我同事的
      '(账号|账户|卡号|银行卡|这张卡|收款码|二维码|支付宝|微信号|户头)(是|为|属于)(我们|咱们)?(公司)?{PERSON}(的|本人的|个人的)',
      // 转到我们经理的卡上
      '(转|打|汇|付|存)(到|给|进)(我们|咱们)?(公司)?{PERSON}(的)?(账号|账户|卡|卡上|银行卡|支付宝|微信|收款码)',
    ],
    exceptions: ['(对公|公司|官方|企业)(账户|账号|户)'],
    message: { zh: '「{match}」要求把钱付到个人的账户，而非官方渠道', en: '"{match}" asks for payment into a person\'s account instead of the official channel' },
    suggestion: { zh: '请通过官方APP或对公账户还款', en: 'please repay through the official app or the company account' },
    source: CITATIONS.payment_channel,
    examples: {
      bad: ['这个账号是我们公司老板的，放心转。', '钱转到我们经理的卡上就行。', '收款码是我同事的，扫了就能还。'],
      good: ['请通过官方APP或对公账户还款，任何个人账户均非我司收款账户。', '户名为安信贷科技有限公司的对公账户。', '请勿将钱转到任何个人的卡上。'],
    },
  }),
];
