export function isPortFree(port: number): Promise<boolean>;
export function firstFreePorts(start: number, count: number, tries?: number): Promise<number>;
