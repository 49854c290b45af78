# A container image of the release: a Java runtime and the unpacked zip, `tolk` as the entry point.
#   mvn -B package                      (makes target/tolk-<version>.zip)
#   docker build --build-arg VERSION=0.1.0-SNAPSHOT -t tolk .
#   docker run --rm -v "$PWD:/work" tolk build      (the project in the current folder)
ARG VERSION=0.1.0-SNAPSHOT

FROM busybox:1.36 AS unpack
ARG VERSION
COPY target/tolk-${VERSION}.zip /tmp/tolk.zip
RUN unzip -q /tmp/tolk.zip -d /opt && mv /opt/tolk-${VERSION} /opt/tolk

FROM eclipse-temurin:17-jre
COPY --from=unpack /opt/tolk /opt/tolk
RUN ln -s /opt/tolk/bin/tolk /usr/local/bin/tolk
ENV LANG=C.UTF-8
WORKDIR /work
ENTRYPOINT ["tolk"]
CMD ["--help"]
