/** AlertNotifier on an SNS topic: one message per saved search and run, e-mail subscribers read it as is. */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { StoreUnavailableError } from '../../domain/errors.js';
import type { AlertNotifier } from '../../ports/webhook-sender.js';

/** SNS refuses subjects of 100 characters or more and messages over 256 KB. */
const MAX_SUBJECT = 99;
const MAX_MESSAGE_BYTES = 250_000;

export class SnsAlertNotifier implements AlertNotifier {
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
  ) {}

  async notify(message: { readonly subject: string; readonly text: string }): Promise<void> {
    const subject = message.subject.replace(/[\r\n]+/g, ' ').slice(0, MAX_SUBJECT);
    let text = message.text;
    while (Buffer.byteLength(text) > MAX_MESSAGE_BYTES) text = text.slice(0, Math.floor(text.length * 0.9));
    try {
      await this.client.send(new PublishCommand({ TopicArn: this.topicArn, Subject: subject, Message: text }));
    } catch (error) {
      throw new StoreUnavailableError(`SNS publish to ${this.topicArn} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}
