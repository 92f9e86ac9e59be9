// The parts of the in-page UI that no frame needs before a person looks closer: the panel (a
// click on the badge), the card (a hover or click on an underline) and the send guard's dialog.
// The framework draws them in its one shadow root once it has them; the content script loads them
// from the package the first time a badge is shown (entrypoints/overlay-ui.ts), tests pass these.

import { Card } from './Card';
import { GuardDialog } from './GuardDialog';
import { Panel } from './Panel';

export const UI_PARTS = { Panel, Card, GuardDialog };

export type UiParts = typeof UI_PARTS;
