// Types of web/auth.js for the tests (the page itself is plain JavaScript).
export interface AuthConfig {
  readonly domain: string;
  readonly clientId: string;
  readonly scopes?: string;
}
export interface PageConfig {
  readonly apiBase: string;
  readonly auth: AuthConfig | null;
}
export interface SessionEnv {
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  readonly redirectUri: string;
  readonly fetchImpl?: typeof fetch;
  currentUrl(): string;
  navigate(url: string): void;
}
export interface Session {
  apiFetch(path: string, init?: RequestInit): Promise<Response>;
  completeSignIn(code: string, state: string | null): Promise<string>;
  signedIn(): boolean;
}
export function codeChallenge(verifier: string): Promise<string>;
export function newVerifier(): string;
export function authorizeUrl(auth: AuthConfig, redirectUri: string, challenge: string, state: string): string;
export function loadConfig(fetchImpl?: typeof fetch, url?: string): Promise<PageConfig>;
export function createSession(config: PageConfig, env: SessionEnv): Session;
