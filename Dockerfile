# Cordon's api and worker (one image; the worker runs `node dist/apps/worker/main.js`).
# Build:  docker build -t cordon .      Run: docker compose up (docs/operations.md)
# The Node major matches the development machines' (node -v: v20).
ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Build: every dependency, then the api (with the migration runner), worker and console.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api worker console --output-style=static

# 2. Runtime: production dependencies and the built output only, as the unprivileged `node` user.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    CONSOLE_DIR=/app/dist/apps/console \
    MAIL_DIR=/app/tmp/mail \
    SMS_DIR=/app/tmp/sms
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force \
 && mkdir -p /app/tmp && chown node:node /app/tmp
COPY --from=build /src/dist/apps ./dist/apps
USER node
EXPOSE 3000
# Readiness of the api: 200 when PostgreSQL and Redis answer (the worker's is set in docker-compose.yml).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/v1/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/main.js"]
