import type { types } from '@slack/bolt';

/** Block Kit shapes, taken from Slack's own type package (re-exported by Bolt). */
export type KnownBlock = types.KnownBlock;
export type SectionBlock = types.SectionBlock;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;

/** A message body as chat.postMessage / chat.update / respond() take it. */
export interface RenderedMessage {
  /** Notification and accessibility fallback (also what old clients show). */
  text: string;
  blocks: KnownBlock[];
}
