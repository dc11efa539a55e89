import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CultureIndexStack } from './culture-index-stack.js';

const app = new App();
new CultureIndexStack(app, 'CultureIndex', {
  description: 'culture-index: discover, fetch, parse and index cultural news (scheduled Lambdas, S3, DynamoDB, OpenSearch, HTTP API)',
});
// cdk-nag runs on every synth: an unsuppressed AwsSolutions error fails `npm run synth`.
Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
app.synth();
