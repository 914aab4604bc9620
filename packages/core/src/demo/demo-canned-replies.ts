import type { CannedReply } from '../schema/canned-reply.js';
import { DAY_MS, demoId, stored, type DemoContext } from './demo-context.js';

const entries = [
  { title: 'Looking into it', body: 'Hello {{requester.firstName}},\n\nThank you for getting in touch about ticket #{{ticket.number}}. We are looking into it and will update you here shortly.\n\n{{agent.name}}' },
  { title: 'Need more details', body: 'Hello {{requester.firstName}},\n\nCould you tell us a little more, for example the order number and what you saw on screen?\n\n{{agent.name}}' },
  { title: 'Resolved', body: 'Hello {{requester.firstName}},\n\nThis should now be resolved. If anything is still not right, reply here and we will pick it up again.\n\n{{agent.name}}' },
  { title: '正在处理', body: '{{requester.name}}，您好：\n\n感谢您就服务请求 #{{ticket.number}} 与我们联系。我们正在处理，稍后会在这里向您更新进展。\n\n{{agent.name}}' },
];

/** The desk's canned replies, with placeholders; drawn from no random source, so the rest of the demo stays as it was. */
export function demoCannedReplies(context: DemoContext): CannedReply[] {
  return entries.map((entry, index) => ({ ...stored(demoId('cr', index), context.nowMs - (90 - index) * DAY_MS), ...entry }));
}
