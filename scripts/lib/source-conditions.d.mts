export declare const sourceConditions: string[];
export declare const sourceSsrConditions: string[];
