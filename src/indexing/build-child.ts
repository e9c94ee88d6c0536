/**
 * Entry of the build child process (forked by run-in-child.ts): parses documents, embeds and writes the index
 * here, so the serving process's event loop stays free for Slack acks and answers. One request per process.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { indexExtras } from '../answer/tool-wiring.js';
import type { BuildProgress } from '../ingest/build-index.js';
import { createEmbeddings } from '../retrieval/create-embeddings.js';
import { IndexStore } from '../retrieval/index-store.js';
import { describeBuildFailure } from './describe-build-failure.js';
import type { ChildEnvelope, ChildMessage } from './index-operations.js';
import { addCorpusFile, reindexCorpus, removeCorpusFile, type OperationContext } from './run-operation.js';

const send = (message: ChildMessage) =>
  new Promise<void>((resolve) => {
    if (process.send) process.send(message, () => resolve());
    else resolve();
  });

async function run({ config, repoRoot, request }: ChildEnvelope): Promise<unknown> {
  const ctx: OperationContext = {
    repoRoot,
    corpusDir: path.resolve(repoRoot, config.CORPUS_DIR),
    store: new IndexStore(path.resolve(repoRoot, config.DATA_DIR)),
    embedder: await createEmbeddings(config),
    extras: indexExtras,
  };
  let lastProgress = 0;
  const hooks = {
    onProgress: (progress: BuildProgress) => {
      // Every event of the last step, at most ~10 a second otherwise: IPC is cheap but not free.
      const now = Date.now();
      if (progress.done === progress.total || now - lastProgress > 100) {
        lastProgress = now;
        void send({ type: 'progress', progress });
      }
    },
    onWait: (holder: string) => void send({ type: 'wait', holder }),
  };
  switch (request.op) {
    case 'reindex':
      return reindexCorpus(ctx, request.full, hooks);
    case 'remove':
      return removeCorpusFile(ctx, request.source, hooks);
    case 'add': {
      const bytes = await fs.readFile(request.stagedFile);
      return addCorpusFile(ctx, request.fileName, bytes, hooks);
    }
  }
}

process.once('message', (envelope: ChildEnvelope) => {
  run(envelope)
    .then((result) => send({ type: 'done', result }))
    .catch((error: unknown) => {
      const e = error as Error & { code?: unknown; file?: unknown };
      return send({
        type: 'error',
        name: e?.name ?? 'Error',
        code: typeof e?.code === 'string' ? e.code : null,
        // System errors (ENOENT, ENOSPC) become the Turkish line here, where their path is still known.
        message: typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code) ? describeBuildFailure(e) : (e?.message ?? String(error)),
        file: typeof e?.file === 'string' ? e.file : null,
      });
    })
    .finally(() => process.exit(0));
});
