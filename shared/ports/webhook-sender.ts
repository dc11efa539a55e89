/** One signed JSON POST to a receiver; every problem is an outcome, never a throw. */
export interface WebhookCall {
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

export type WebhookOutcome =
  | { readonly ok: true; readonly status: number }
  | {
      readonly ok: false;
      /** Short code: http-503, network-refused, forbidden-address, https-required, … */
      readonly reason: string;
      /** False when trying again cannot help (refused target, 4xx other than 408/429). */
      readonly retryable: boolean;
      /** What the receiver's Retry-After asked for, when it gave one. */
      readonly retryAfterMs: number | null;
    };

export interface WebhookSender {
  post(call: WebhookCall): Promise<WebhookOutcome>;
}

/** Where alerts also go on AWS (an SNS topic with e-mail subscriptions); optional locally. */
export interface AlertNotifier {
  notify(message: { readonly subject: string; readonly text: string }): Promise<void>;
}
