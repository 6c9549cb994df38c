export declare const SERVER_ENTRY_SOURCE: string;
export declare const SERVER_DIR: string;
/** The entry of the bundle in `out` if every input it was made from is unchanged, or undefined. */
export declare function freshServerBundle(out?: string, root?: string): string | undefined;
/** Builds the bundle of `entrySource` into `out` and makes it current; returns its entry. */
export declare function buildServerBundle(out?: string, root?: string, entrySource?: string): Promise<string>;
/** The current bundle's entry, built first if a source changed. */
export declare function serverEntry(out?: string): Promise<string>;
