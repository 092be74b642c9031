import { CheckClient } from './client';
import type { Report } from './report';

export interface Account {
  email: string;
  password: string;
}

export interface CheckOptions {
  /** The API base, e.g. https://api.example.com/api/v1 (an origin alone means its /api/v1). */
  baseUrl: URL;
  first: Account;
  /** Another customer of the same company, for the isolation checks. */
  second: Account | null;
  /** Also run what leaves a trace that cannot be undone (a rights request, a scheduled deletion). */
  includeDestructive: boolean;
  /** How long to wait for an export to be ready before the download is "not checked". */
  exportWaitMs: number;
}

export type Json = Record<string, unknown>;

/** What the steps share as they run in order: the clients and what earlier steps found. */
export interface CheckContext {
  options: CheckOptions;
  report: Report;
  first: CheckClient;
  signedIn: boolean;
  organization: Json | null;
  /** The first account's export made by createExport, for reading, downloading and isolation. */
  exportId: string | null;
  /** Rights requests of the first account (existing ones and any the check filed). */
  requestIds: string[];
  /** The question createRequest filed (with --include-destructive), for withdrawRequest. */
  filedRequestId: string | null;
  newClient(who: string): CheckClient;
  /** The second account, signed in on first use; null when none was given or it cannot sign in. */
  second(): Promise<CheckClient | null>;
}

export function createContext(options: CheckOptions, report: Report, signIn: (client: CheckClient, account: Account) => Promise<boolean>): CheckContext {
  let second: Promise<CheckClient | null> | null = null;
  const newClient = (who: string) => new CheckClient(options.baseUrl, report, who);
  return {
    options,
    report,
    first: newClient('first account'),
    signedIn: false,
    organization: null,
    exportId: null,
    requestIds: [],
    filedRequestId: null,
    newClient,
    second() {
      const account = options.second;
      if (!account) return Promise.resolve(null);
      second ??= (async () => {
        const client = newClient('second account');
        return (await signIn(client, account)) ? client : null;
      })();
      return second;
    },
  };
}
