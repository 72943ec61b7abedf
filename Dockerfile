# One image for the portal (/app/web) and its command line (/app/cli: migrate, create-admin, import …);
# docker-compose.yml runs the Cli once as the migration job and the portal as two replicas behind nginx.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/MunicipalPress.Web -c Release -o /out/web \
 && dotnet publish src/MunicipalPress.Cli -c Release -o /out/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app/web
COPY --from=build /out/web /app/web
COPY --from=build /out/cli /app/cli
# Production unless told otherwise: no migration, no demo data, no demo accounts on the login page.
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The image's unprivileged user; it writes only its logs (/app/web/logs).
RUN mkdir -p /app/web/logs && chown "$APP_UID" /app/web/logs
USER $APP_UID
ENTRYPOINT ["dotnet", "/app/web/MunicipalPress.Web.dll"]
