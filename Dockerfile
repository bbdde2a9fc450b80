# Copydesk as a container image. Two stages: build the production jar with the Maven wrapper, then run it on a
# JRE as a non-root user. Point it at PostgreSQL with SPRING_DATASOURCE_URL (see compose.yaml); without one it
# starts its embedded PostgreSQL in /app/.data, which you should then mount as a volume.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
# Dependencies first, so that a source change does not download them again.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw --batch-mode --no-transfer-progress dependency:go-offline
COPY frontend frontend
COPY src src
RUN ./mvnw --batch-mode --no-transfer-progress package -DskipTests \
    && cp target/copydesk-*.jar /src/copydesk.jar

FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 copydesk \
    && useradd --system --uid 10001 --gid copydesk --home-dir /app --shell /usr/sbin/nologin copydesk
WORKDIR /app
COPY --from=build /src/copydesk.jar /app/copydesk.jar
COPY seeds /app/seeds
RUN mkdir -p /app/.data && chown copydesk:copydesk /app/.data
USER copydesk
# In a container the port must be reachable from outside it; the embedded default would be loopback only.
ENV SERVER_ADDRESS=0.0.0.0 \
    COPYDESK_SEEDS_DIR=/app/seeds
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/copydesk.jar"]
