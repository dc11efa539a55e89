/**
 * Test harness for the DynamoDB adapter unit tests: a dynalite server per file, a fresh table per
 * test, a raw Scan, and a fault-injecting wrapper around the real client (it forwards every call
 * to dynalite and lets a test fail or delay chosen calls — the only way to reproduce a crash or
 * throttling mid-write deterministically).
 */
import { DeleteTableCommand, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTable } from '../../../shared/adapters/dynamodb/create-table.js';
import { startDynalite, type RunningDynalite } from '../../support/dynalite.js';

export type Send = (command: unknown) => Promise<unknown>;

export interface Harness {
  readonly dynamo: RunningDynalite;
  newTable(): Promise<string>;
  /** Every item of the table in raw AttributeValue JSON, as DynamoDB Streams would carry it. */
  scanRaw(tableName: string): Promise<Record<string, AttributeValue>[]>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dynamo = await startDynalite();
  const tables: string[] = [];
  return {
    dynamo,
    async newTable() {
      const name = `unit-${tables.length + 1}`;
      await createTable(dynamo.rawClient, name);
      tables.push(name);
      return name;
    },
    async scanRaw(tableName) {
      const items: Record<string, AttributeValue>[] = [];
      let startKey: Record<string, AttributeValue> | undefined;
      do {
        const page = await dynamo.rawClient.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }));
        items.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return items;
    },
    async close() {
      for (const table of tables) await dynamo.rawClient.send(new DeleteTableCommand({ TableName: table }));
      await dynamo.close();
    },
  };
}

/** A client that passes each command to `intercept`, which may forward it with `next`. */
export function interceptingClient(real: DynamoDBDocumentClient, intercept: (command: unknown, next: Send) => Promise<unknown>): DynamoDBDocumentClient {
  const next: Send = (command) => real.send(command as Parameters<DynamoDBDocumentClient['send']>[0]);
  return { send: (command: unknown) => intercept(command, next) } as unknown as DynamoDBDocumentClient;
}

/** The command's name ("PutCommand", "BatchWriteCommand" …) and its input. */
export function describeCommand(command: unknown): { name: string; input: Record<string, unknown> } {
  const name = (command as { constructor: { name: string } }).constructor.name;
  const input = (command as { input: Record<string, unknown> }).input;
  return { name, input };
}

export function keysOf(items: readonly Record<string, AttributeValue>[]): string[] {
  return items.map((item) => `${item['PK']?.S}|${item['SK']?.S}`).sort();
}
