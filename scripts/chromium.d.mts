export declare const CHROMIUM_ARGS: string[];
/** `args` are extra flags the bundled Chromium needs (empty for a system browser). */
export declare function findChromium(): Promise<{ path: string; bundled: boolean; args: string[] }>;
