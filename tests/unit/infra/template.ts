import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CultureIndexStack } from '../../../infra/culture-index-stack.js';

export type Json = Record<string, unknown>;
export interface Resource {
  readonly Type: string;
  readonly Properties: Json;
}
export interface Statement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Principal?: unknown;
}

/** No bundling: these tests are about the template, not the bundles. */
export function synth(context: Json = {}): { stack: CultureIndexStack; template: Template; resources: Record<string, Resource> } {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  const stack = new CultureIndexStack(app, 'CultureIndex');
  const template = Template.fromStack(stack);
  return { stack, template, resources: template.toJSON()['Resources'] as Record<string, Resource> };
}

export const logicalId = (stack: Stack, construct: { node: { defaultChild?: unknown } }): string =>
  stack.getLogicalId(construct.node.defaultChild as Parameters<Stack['getLogicalId']>[0]);

export const actionsOf = (statement: Statement): string[] => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]);
export const resourcesOf = (statement: Statement): unknown[] => (Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource]);

/** Every Allow statement of the identity policies attached to a role. */
export function statementsOfRole(resources: Record<string, Resource>, roleLogicalId: string): Statement[] {
  return Object.values(resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy')
    .filter((policy) => (policy.Properties['Roles'] as Json[]).some((role) => role['Ref'] === roleLogicalId))
    .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement)
    .filter((statement) => statement.Effect === 'Allow');
}

export function nagViolations(stack: Stack): { rule: string; severity: string | undefined; paths: string[] }[] {
  const report = new AwsSolutionsChecks().validateScope(stack);
  return report.violations.map((violation) => ({
    rule: violation.ruleName,
    severity: violation.severity,
    paths: violation.violatingResources.map((resource) => resource.constructPath ?? resource.resourceLogicalId ?? '?'),
  }));
}

