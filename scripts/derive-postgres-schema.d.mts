/** Header written at the top of the derived schema. */
export declare const GENERATED_HEADER: string[];
/** Turns the sqlite schema text into the postgresql one: provider, client output folder and header. */
export declare function derivePostgresSchema(sqliteSchema: string): string;
