# linesim in a container, for cluster runs (see deploy/kubernetes and the README, "Running on a cluster").
#   docker build -t linesim:0.1.0 .
#   docker run --rm -v "$PWD/reports:/opt/linesim/reports" linesim:0.1.0 run scenarios/lfp-prismatic-liquid.yaml
# Build stage: the same Maven build as CI, without the tests (CI runs them).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src ./src
RUN mvn -B -q -DskipTests package

# Run stage: a Java 17 runtime, fonts for chart text, the jar and the shipped scenarios.
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/linesim
COPY --from=build /src/target/linesim.jar ./linesim.jar
COPY scenarios ./scenarios
COPY deploy/container/linesim /usr/local/bin/linesim
ENTRYPOINT ["linesim"]
CMD ["--help"]
