export function isPortFree(port: number): Promise<boolean>;
export function firstFreePortPair(start: number, tries?: number): Promise<number>;
