// The package ships no types; this covers the part we use.
declare module 'wink-bm25-text-search' {
  type PrepTask = (input: string) => string[];
  interface Bm25Engine {
    defineConfig(config: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number }; ovFldNames?: string[] }): boolean;
    definePrepTasks(tasks: PrepTask[], field?: string): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    consolidate(precision?: number): boolean;
    search(text: string, limit?: number, filter?: (fieldValues: Record<string, string>, params: unknown) => boolean, params?: unknown): [string, number][];
    exportJSON(): string;
    importJSON(json: string): boolean;
    getTotalDocs(): number;
  }
  const bm25: () => Bm25Engine;
  export default bm25;
}
