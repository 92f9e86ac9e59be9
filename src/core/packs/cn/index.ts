// The Chinese-mainland pack: phrase rules (one file per category), context cues, the texts of the
// code checks, and the quiet hours (22:00–08:00 error, 21:00–22:00 warning, China time).

import type { RulePack } from '../../types';
import { cnModel } from '../../generated/model-cn';
import { PINYIN } from '../../generated/pinyin';
import { T2S } from '../../generated/t2s';
import { checks, quietHours } from './checks';
import { breakers, falseNegations, negations, protective } from './cues';
import { discourse } from './discourse';
import { categoryOrder, fixes, thirdPartyClause } from './fixes';
import { rules as exposure } from './exposure';
import { rules as frames } from './frames';
import { rules as harassment } from './harassment';
import { rules as impersonation } from './impersonation';
import { rules as insult } from './insult';
import { rules as misleading } from './misleading';
import { rules as paymentChannel } from './payment_channel';
import { rules as pressure } from './pressure';
import { rules as privacy } from './privacy';
import { rules as thirdParty } from './third_party_disclosure';
import { rules as threat } from './threat';

export const cnPack: RulePack = {
  id: 'cn',
  name: { zh: '中国大陆催收合规规则', en: 'Mainland China collection rules' },
  textLang: 'zh',
  rules: [...threat, ...insult, ...impersonation, ...misleading, ...exposure, ...harassment, ...thirdParty, ...privacy, ...paymentChannel, ...pressure, ...frames],
  negations,
  protective,
  breakers,
  falseNegations,
  discourse,
  fixes,
  thirdPartyClause,
  categoryOrder,
  quietHours,
  utcOffsetMinutes: 8 * 60,
  checks,
  tables: { t2s: T2S, pinyin: PINYIN },
  model: cnModel,
};
