import { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CultureIndexStack } from './infra/culture-index-stack.js';
const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
const stack = new CultureIndexStack(app, 'CultureIndex');
const report = new AwsSolutionsChecks().validateScope(stack);
for (const v of report.violations) for (const r of v.violatingResources) console.log(v.severity, v.ruleName, r.constructPath);
