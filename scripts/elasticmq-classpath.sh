#!/usr/bin/env bash
# Resolves ElasticMQ (an SQS-compatible server) from Maven Central into the local Maven cache and
# writes its Java classpath to .elasticmq/cp.txt, for the SQS contract suite
# (export ELASTICMQ_CLASSPATH="$(cat .elasticmq/cp.txt)").
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .elasticmq
cat > .elasticmq/pom.xml <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>local</groupId><artifactId>elasticmq-runner</artifactId><version>1</version><dependencies><dependency><groupId>org.elasticmq</groupId><artifactId>elasticmq-server_2.13</artifactId><version>1.7.1</version></dependency></dependencies></project>
POM
(cd .elasticmq && mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt)
echo "ElasticMQ classpath written to .elasticmq/cp.txt"
