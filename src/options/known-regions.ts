// Region data comes from the CDK's region-info, the same source the CDK uses to render ARNs; it is a plain data
// module of aws-cdk-lib and pulls in no construct code.
import { RegionInfo } from 'aws-cdk-lib/region-info';

/** Partitions the CDK knows, in a stable order. */
export function knownPartitions(): string[] {
  return [...new Set(RegionInfo.regions.map((region) => region.partition).filter((p): p is string => !!p))].sort();
}

export function regionsOfPartition(partition: string): string[] {
  return RegionInfo.regions
    .filter((region) => region.partition === partition)
    .map((region) => region.name)
    .sort();
}

/** The partition with the longest name: a policy measured with it is at its largest. */
export function longestPartition(): string {
  return knownPartitions().reduce((a, b) => (b.length > a.length ? b : a));
}
