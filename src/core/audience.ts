// Suggests who a message is addressed to, so messages to an emergency contact or relative are
// checked for disclosure even when the agent did not say so.

import { fold } from './normalize';
import type { Audience } from './types';

const KIN = '(父亲|母亲|爸爸|妈妈|爸|妈|老公|老婆|丈夫|妻子|爱人|配偶|儿子|女儿|哥哥|姐姐|弟弟|妹妹|兄弟|姐妹|亲属|亲戚|家人|家属|朋友|好友|同事|领导|同学|室友|舅舅|叔叔|阿姨|姑姑|表哥|表姐|堂哥|堂姐|女朋友|男朋友|对象|岳父|岳母|公公|婆婆)';
const THIRD = '(他|她|ta|其|该客户|该用户|借款人|当事人|本人)';

const CUES: RegExp[] = [
  // "您是张三的紧急联系人", "您作为他的联系人"
  new RegExp(`(您|你)(是|作为)[\\p{Script=Han}a-z]{0,8}(的)?(紧急)?联系人`, 'u'),
  new RegExp(`(您|你)(是|作为)[\\p{Script=Han}a-z]{1,6}的${KIN}`, 'u'),
  // "您的朋友张三", "你儿子在我司…"
  new RegExp(`(您|你)(的)?${KIN}[\\p{Script=Han}a-z]{0,6}(在|于)(我司|我们|本平台|平台)`, 'u'),
  new RegExp(`(您|你)(的)?${KIN}(张|王|李|赵|刘|陈|杨|黄|周|吴|徐|孙|马|朱|胡|郭|何|林|高|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|田|董|袁|潘|于|蒋|蔡|余|杜|叶|程|苏|魏|吕|丁|任|沈|姚|卢|姜|崔|钟|谭|陆|汪|范|金|石|廖|贾|夏|韦|付|方|白|邹|孟|熊|秦|邱|江|尹|薛|闫|段|雷|侯|龙|史|陶|黎|贺|顾|毛|郝|龚|邵|万|钱|严|覃|武|戴|莫|孔|向|汤)`, 'u'),
  // "请转告他", "麻烦您通知她回电", "请督促其还款"
  new RegExp(`(请|麻烦|烦请|劳烦|希望)(您|你)?(帮忙|代为|帮我们)?(转告|转达|告知|通知|提醒|督促|催促|劝|联系)${THIRD}`, 'u'),
  new RegExp(`(转告|转达)[\\p{Script=Han}]{1,4}(先生|女士|小姐)`, 'u'),
  new RegExp(`(联系不上|联系不到|无法联系|无法联系上|失联)${THIRD}`, 'u'),
  new RegExp(`${THIRD}(留|预留|填写)(的|了)?(您|你)(的)?(电话|号码|手机|联系方式)`, 'u'),
  new RegExp(`(紧急联系人|联系人)(您好|你好)`, 'u'),
];

/** 'third_party' when the message addresses a relative, colleague or emergency contact. */
export function detectAudience(text: string): Audience {
  const f = fold(text).text;
  return CUES.some((re) => re.test(f)) ? 'third_party' : 'debtor';
}
