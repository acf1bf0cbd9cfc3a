# Images for docker-compose.yml: the api and the one-shot indexer, built from this checkout.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests -Dspring-javaformat.skip=true package

FROM eclipse-temurin:17-jre AS api
COPY --from=build /src/api/target/iq-directory-api-*-SNAPSHOT.jar /app/iq-directory-api.jar
USER 65534:65534
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/iq-directory-api.jar"]

FROM eclipse-temurin:17-jre AS indexer
COPY --from=build /src/indexer/target/iq-directory-indexer-*-cli.jar /app/iq-directory-indexer.jar
COPY indexer/src/main/resources/sample-content /content
USER 65534:65534
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/iq-directory-indexer.jar"]
