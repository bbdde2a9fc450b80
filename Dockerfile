# Copydesk as a container image. Two stages: build the production jar with the Maven wrapper, then run it on a
# JRE as a non-root user. Point it at PostgreSQL with SPRING_DATASOURCE_URL (see compose.yaml); without one it
# stops at once and says so: the image never falls back to an embedded database inside the container.

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
USER copydesk
# In a container the port must be reachable from outside it; the embedded default would be loopback only.
ENV SERVER_ADDRESS=0.0.0.0 \
    COPYDESK_SEEDS_DIR=/app/seeds \
    COPYDESK_DATABASE_EMBEDDED_ALLOWED=false
EXPOSE 8080
# Healthy once the app answers its health endpoint (database included); bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/copydesk.jar"]
