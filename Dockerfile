# One image for every service; docker-compose.yml picks the entry point per container.
FROM node:20-bookworm-slim AS build
WORKDIR /hub
COPY package.json package-lock.json ./
COPY subgraphs/kit/package.json subgraphs/kit/
COPY subgraphs/population/package.json subgraphs/population/
COPY subgraphs/licences/package.json subgraphs/licences/
COPY subgraphs/catalog/package.json subgraphs/catalog/
COPY subgraphs/cases/package.json subgraphs/cases/
COPY gateway/package.json gateway/
COPY scripts/package.json scripts/
COPY tests/package.json tests/
COPY bench/package.json bench/
COPY web/package.json web/
# Exactly the committed lock (it holds every platform's optional binaries).
RUN npm ci --no-audit --no-fund
COPY . .
# The web app's production build too: web/server serves it (node web/server/dist/main.js).
RUN node node_modules/typescript/bin/tsc -b && npm run build -w @gongxiang/web && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /hub
COPY --from=build /hub /hub
USER node
