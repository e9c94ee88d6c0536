import { checkTargets, mbPerS, servingPoint, servingRow, type BenchReport } from './bench-report.js';

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');

/**
 * Plain words on each missed target: the measured figure, where the time or memory goes (from the run's own
 * breakdowns and from profiling the code with `node --cpu-prof --import tsx`), and what it would take.
 * A paragraph appears only while its target is missed.
 */
export function explainMisses(report: BenchReport): string {
  const checks = checkTargets(report);
  const missed = (prefix: string) => checks.some((c) => c.met === false && c.name.startsWith(prefix));
  const row = servingRow(report);
  const p = row.probe;
  const point = servingPoint(report.ann);
  const { scale } = report;
  const out: string[] = [];
  if (missed('Ingest throughput')) {
    out.push(
      `**Ingest at ${f1((scale.floorMs / scale.ingestMs) * 100)} % of the read+clean floor** (${f1(mbPerS(scale.bytes, scale.ingestMs))} vs ${f1(mbPerS(scale.bytes, scale.floorMs))} MB/s). ` +
        'The floor only reads and cleans; an ingest also infers each document\'s profile (title, kind, date, number), chunks by ' +
        'structure (article, paragraph, caption, heading and table rules), scans once for planted instructions, tokenises and stems every ' +
        'chunk for BM25F, inverts the postings and writes the crash-safe binary store. With the offline embedder no vectors are built ' +
        '(its dense vote is 0). Profiled on the scale corpus (about 1.1–1.3 s of CPU a build): reading with profile inference ~370 ms, ' +
        'of which ~90 ms is the floor\'s own work; BM25 postings ~400–490 ms (tokenising alone ~110 ms, about the whole floor; term ' +
        'lookup ~230 ms); chunking ~170–210 ms; GC ~210 ms; writing ~80 ms. Any ingest that builds a BM25 index must tokenise and ' +
        'invert, so 70 % of a read-and-clean floor is out of reach without redefining the floor; a worker pool was not tried (on this ' +
        'shared machine the second core is rarely free, and chunks would have to be copied back across threads).',
    );
  }
  if (missed('RSS serving')) {
    out.push(`**RSS ${p.afterQuestions.rssMb.toFixed(0)} MB at ${row.chunks} chunks.** See the memory table in section 2 for what each part adds.`);
  }
  if (missed('Index load')) {
    out.push(
      `**Load ${p.loadMs.toFixed(0)} ms.** Nothing is parsed at open: it reads the chunk columns and string table and the BM25 term ` +
        'list (the hnswlib file only when a configured embedder searches it). The time is bounded by creating one JS object per chunk; ' +
        'under load it takes longer in wall time.',
    );
  }
  if (missed('Hybrid retrieval p95') || missed('Full offline answer p95')) {
    out.push(
      `**Hybrid p95 ${f1(p.retrieval.p95)} ms, answer p95 ${f1(p.answer.p95)} ms** beside BM25 alone p95 ${f1(p.bm25.p95)} ms and hnswlib alone p95 ${f1(p.dense.p95)} ms. ` +
        'With the offline embedder no dense search runs; hybrid adds to BM25 the named document/article steering and the word-pair ' +
        'boost, which reads the text of each fused candidate (cached per chunk). BM25 itself walks the whole posting list of every ' +
        'query term (no MaxScore/WAND yet); an answer adds sentence selection over the top passages and decodes each cited document once.',
    );
  }
  if (missed('hnswlib recall') || missed('hnswlib speed-up')) {
    out.push(
      `**recall@10 ${point.recallAt10.toFixed(3)} at ef ${point.ef}, ×${f1(point.speedUp)} exact search.** The local hash embeddings spread every chunk ` +
        'over all 256 dimensions with near-equal similarities to a short question, which is hard for any graph index: recall is bought by ' +
        `efConstruction and ef, and search time grows linearly with ef (the sweep in section 5). Against hnswlib's own C++ brute force the ` +
        `graph is only ×${f1(point.speedUpNative)} faster at this ef.`,
    );
  }
  if (missed('Slack')) {
    const { slack } = report;
    out.push(
      `**Slack ack p99 ${slack.ack.p99.toFixed(0)} ms, ${slack.answered}/${slack.events} answered.** The bot wrote each ack p99 ` +
        `${slack.timeline.serverAck.p99.toFixed(0)} ms after reading the request; the rest is the wait to be read (p99 ` +
        `${slack.timeline.received.p99.toFixed(0)} ms): ${slack.timeline.acksAfterFirstAnswer} acks came after the first answer started, ` +
        'so on this shared machine it is CPU time for the bot and the sending process, not acks waiting behind answers.',
    );
  }
  if (missed('RSS serving 1') || missed('Hybrid retrieval p95 at 1')) out.push('**A million chunks:** see section 3.');
  return out.length > 0 ? out.join('\n\n') : 'No target is missed in this run.';
}
