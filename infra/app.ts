import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CultureIndexStack } from './culture-index-stack.js';

const app = new App();
new CultureIndexStack(app, 'CultureIndex', {
  description: 'culture-index: discover, fetch, parse and index cultural news (scheduled Lambdas, S3, DynamoDB, OpenSearch, HTTP API)',
});
// cdk-nag v3 is a CDK validation plugin: any unacknowledged AwsSolutions finding fails the synth,
// and the report lands in cdk.out/policy-validation-report.json.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
