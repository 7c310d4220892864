import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../../catalog';
// Tests may load the bundled catalog; the analysis code itself only ever receives one.
// oxlint-disable-next-line no-restricted-imports
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { completePolicy } from './index';
import { accept, cursor, item, labels, ranked, rank } from './testing';

let catalog: ServiceCatalog;

beforeAll(async () => {
  catalog = await loadServiceCatalog();
});

function complete(marked: string) {
  const { text, offset } = cursor(marked);
  return { text, items: completePolicy(text, offset, 'identity', catalog) };
}

const withAction = (action: unknown, resource = '"|"', element = 'Resource') =>
  `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ${JSON.stringify(action)}, "${element}": ${resource}}]}`;

describe('resource ARNs', () => {
  it('offers the ARN template of the object resource type for s3:GetObject, as a snippet', () => {
    const { text, items } = complete(withAction('s3:GetObject'));
    const object = item(items, 'arn:aws:s3:::${BucketName}/${ObjectName}');
    expect(object.kind).toBe('arn');
    expect(object.isSnippet).toBe(true);
    expect(object.insertText).toBe('"arn:aws:s3:::${1:BucketName}/${2:ObjectName}"');
    expect(object.detail).toBe('s3 object');
    expect(JSON.parse(accept(text, object)).Statement[0].Resource).toBe('arn:aws:s3:::BucketName/ObjectName');
  });

  it('offers "*" as well, after the templates when every action takes a resource type', () => {
    const order = labels(ranked(complete(withAction('s3:GetObject')).items));
    expect(order).toContain('*');
    expect(rank(order, 'arn:aws:s3:::${BucketName}/${ObjectName}')).toBeLessThan(rank(order, '*'));
  });

  it('puts "*" first when an action takes no resource type, since only "*" matches it', () => {
    const order = labels(ranked(complete(withAction(['s3:ListAllMyBuckets', 's3:ListBucket'])).items));
    expect(order[0]).toBe('*');
    expect(order).toContain('arn:aws:s3:::${BucketName}');
  });

  it('collects the resource types of every action, wildcards expanded, most used first', () => {
    const order = labels(ranked(complete(withAction(['s3:Get*', 'sqs:SendMessage'])).items));
    expect(order).toContain('arn:aws:sqs:${Region}:${Account}:${QueueName}');
    expect(rank(order, 'arn:aws:s3:::${BucketName}/${ObjectName}')).toBeLessThan(
      rank(order, 'arn:aws:sqs:${Region}:${Account}:${QueueName}'),
    );
    // Each type once, though many actions share it.
    expect(order.filter((l) => l === 'arn:aws:s3:::${BucketName}').length).toBe(1);
  });

  it('numbers repeated placeholders once, so the editor fills both', () => {
    const { items } = complete(withAction('iam:PassRole'));
    const role = item(items, 'arn:aws:iam::${Account}:role/${RoleNameWithPath}');
    expect(role.insertText).toBe('"arn:aws:iam::${1:Account}:role/${2:RoleNameWithPath}"');
  });

  it('offers only "*" when the statement has no actions, or every action', () => {
    expect(labels(complete('{"Statement": [{"Effect": "Allow", "Resource": "|"}]}').items)).toEqual(['*']);
    expect(labels(complete(withAction('*')).items)).toEqual(['*']);
  });

  it('reads the actions of a statement written as a single object', () => {
    const { items } = complete('{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "|"}}');
    expect(labels(items)).toContain('arn:aws:sqs:${Region}:${Account}:${QueueName}');
  });

  it('works in NotResource and in arrays, and leaves out "*" when it is listed', () => {
    const { items } = complete(withAction('s3:GetObject', '["*", "|"]', 'NotResource'));
    expect(labels(items)).toContain('arn:aws:s3:::${BucketName}/${ObjectName}');
    expect(labels(items)).not.toContain('*');
  });
});
