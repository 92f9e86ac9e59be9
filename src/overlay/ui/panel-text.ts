// The panel's, card's and send-guard dialog's strings (i18n/panel.ts), registered by those parts,
// which import this module: the content script does not carry them (they are loaded with the parts).

import { registerCatalog } from '../../ui/i18n/index';
import { panel } from '../../ui/i18n/panel';

registerCatalog(panel);
