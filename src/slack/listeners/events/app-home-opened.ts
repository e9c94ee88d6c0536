import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { DocumentSummary, IndexStatus } from '../../../answer/assistant.js';
import { describeScope } from '../../blocks/render-admin.js';
import { renderHomeView } from '../../blocks/render-home.js';
import { describeError } from '../../describe-error.js';
import type { SlackDeps } from '../../slack-deps.js';

/** App Home: what the bot knows (documents, dates, last re-index), example questions, channel limits, how to ask. */
export function appHomeOpenedCallback(deps: SlackDeps) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    let status: IndexStatus | null = null;
    let documents: DocumentSummary[] = [];
    try {
      status = deps.assistant.status();
      documents = deps.assistant.documents();
    } catch (error) {
      deps.logger.warn(`App Home için dizin bilgisi alınamadı: ${describeError(error)}`);
    }
    await client.views.publish({
      user_id: event.user,
      view: renderHomeView({
        status,
        documents,
        isAdmin: deps.isAdmin(event.user),
        botUserId: context.botUserId,
        examples: deps.suggestedQuestions().map((q) => q.message),
        scopes: (await deps.channelScopes.all()).map((scope) => ({ channelId: scope.channelId, description: describeScope(scope, documents) })),
      }),
    });
  };
}
