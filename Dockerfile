# syntax=docker/dockerfile:1
# Build: docker build -t akim-bot .
# Run:   docker run -e BOT_TOKEN=... -v akim-data:/app/data akim-bot

FROM node:24-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 compiles from source where no prebuilt binary is reachable.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts* ./
# npm ci runs postinstall, which derives the PostgreSQL schema and generates both Prisma clients.
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json tsconfig.page.json vitest.config.ts ./
COPY src ./src
COPY data ./data
# The type check covers everything tsconfig.json includes (src/cli/eval-questions.ts imports
# test/fixtures), so test/ and bench/ are needed here; the runtime stage leaves them out.
COPY test ./test
COPY bench ./bench
# Type-check, then bundle the bot's own code into dist/server (scripts/build-server.mjs): `npm start`
# and the CMD below run that JavaScript; the packages stay in node_modules.
RUN npm run build && node scripts/build-server.mjs && npm prune --omit=dev

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATABASE_URL=file:/app/data/bot.db \
    PORT=8080
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/src ./src
# The bundle finds its data files (locales, the question model, holidays) in src/ beside it.
COPY --from=build --chown=node:node /app/dist/server ./dist/server
COPY --from=build --chown=node:node /app/tsconfig.json ./tsconfig.json
# src/adapters/db/migrations imports scripts/derive-postgres-schema.mjs (loaded at start-up).
COPY --from=build --chown=node:node /app/scripts ./scripts
COPY --from=build --chown=node:node /app/data ./data
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
# Migrations are applied at start; /healthz answers 200 only when the database answers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node directly (not npm) so SIGTERM reaches the bot and it can finish in-flight updates. start.mjs
# runs the bundle; were a source changed in the image, it would run src/ through tsx instead.
CMD ["node", "scripts/start.mjs"]
