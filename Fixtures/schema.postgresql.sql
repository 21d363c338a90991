CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "users" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "email" varchar(255) COLLATE "C" NOT NULL,
    "username" varchar(50) COLLATE "C",
    "nickname" varchar(100) COLLATE "C",
    "avatar_url" varchar(500) COLLATE "C",
    "phone" varchar(20) COLLATE "C",
    "password_hash" varchar(255) COLLATE "C",
    "is_verified" boolean NOT NULL DEFAULT false,
    "is_active" boolean NOT NULL DEFAULT true,
    "subscription_tier" text COLLATE "C" NOT NULL DEFAULT 'free',
    "subscription_expires_at" timestamptz,
    "daily_creation_quota" integer NOT NULL DEFAULT 10,
    "daily_publish_quota" integer NOT NULL DEFAULT 20,
    "storage_quota_mb" integer NOT NULL DEFAULT 500,
    "settings" jsonb NOT NULL DEFAULT '{}'::jsonb,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    "deleted_at" timestamptz,
    "is_deleted" boolean NOT NULL DEFAULT false,
    CONSTRAINT "pk_users" PRIMARY KEY ("id"),
    CONSTRAINT "ck_users_subscription_tier_enum" CHECK ("subscription_tier" IN ('free', 'basic', 'pro', 'enterprise'))
);

CREATE UNIQUE INDEX "uix_users_email" ON "users" ("email") WHERE "is_deleted" = false;

CREATE UNIQUE INDEX "uix_users_username" ON "users" ("username") WHERE "is_deleted" = false;

CREATE UNIQUE INDEX "uix_users_phone" ON "users" ("phone") WHERE "is_deleted" = false;

CREATE TABLE "user_oauths" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "user_id" uuid NOT NULL,
    "provider" varchar(50) COLLATE "C" NOT NULL,
    "provider_user_id" varchar(255) COLLATE "C" NOT NULL,
    "access_token" varchar(500) COLLATE "C",
    "refresh_token" varchar(500) COLLATE "C",
    "token_expires_at" timestamptz,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "pk_user_oauths" PRIMARY KEY ("id"),
    CONSTRAINT "fk_user_oauths_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uix_oauth_provider_user" UNIQUE ("provider", "provider_user_id")
);

CREATE INDEX "ix_user_oauths_user" ON "user_oauths" ("user_id");

CREATE TABLE "projects" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "user_id" uuid NOT NULL,
    "name" varchar(255) COLLATE "C" NOT NULL,
    "description" text COLLATE "C",
    "industry" varchar(100) COLLATE "C",
    "sub_industries" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "brand_name" varchar(255) COLLATE "C",
    "brand_tone" varchar(100) COLLATE "C",
    "brand_keywords" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "topics" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "keywords" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "account_tags" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "preferred_platforms" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "content_style" varchar(100) COLLATE "C",
    "is_default" boolean NOT NULL DEFAULT false,
    "settings" jsonb NOT NULL DEFAULT '{}'::jsonb,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    "deleted_at" timestamptz,
    "is_deleted" boolean NOT NULL DEFAULT false,
    CONSTRAINT "pk_projects" PRIMARY KEY ("id"),
    CONSTRAINT "fk_projects_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_projects_user" ON "projects" ("user_id");

CREATE TABLE "platform_accounts" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "user_id" uuid NOT NULL,
    "project_id" uuid NOT NULL,
    "platform" varchar(50) COLLATE "C" NOT NULL,
    "account_id" varchar(255) COLLATE "C" NOT NULL,
    "account_name" varchar(255) COLLATE "C",
    "avatar_url" varchar(500) COLLATE "C",
    "is_active" boolean NOT NULL DEFAULT true,
    "session_valid" boolean NOT NULL DEFAULT true,
    "last_session_check" timestamptz,
    "followers_count" integer NOT NULL DEFAULT 0,
    "following_count" integer NOT NULL DEFAULT 0,
    "posts_count" integer NOT NULL DEFAULT 0,
    "metadata" jsonb NOT NULL DEFAULT '{}'::jsonb,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    "deleted_at" timestamptz,
    "is_deleted" boolean NOT NULL DEFAULT false,
    CONSTRAINT "pk_platform_accounts" PRIMARY KEY ("id"),
    CONSTRAINT "fk_platform_accounts_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_platform_accounts_project_id" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_platform_accounts_platform" ON "platform_accounts" ("platform");

CREATE UNIQUE INDEX "uix_user_platform_account" ON "platform_accounts" ("user_id", "platform", "account_id") WHERE "is_deleted" = false;

CREATE TABLE "encrypted_credentials" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "user_id" uuid NOT NULL,
    "platform" varchar(50) COLLATE "C" NOT NULL,
    "account_id" varchar(255) COLLATE "C" NOT NULL,
    "encrypted_data" jsonb NOT NULL,
    "created_device" varchar(255) COLLATE "C" NOT NULL,
    "last_updated_device" varchar(255) COLLATE "C" NOT NULL,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "pk_encrypted_credentials" PRIMARY KEY ("id"),
    CONSTRAINT "fk_encrypted_credentials_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uix_credential" UNIQUE ("user_id", "platform", "account_id")
);

CREATE TABLE "contents" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "user_id" uuid NOT NULL,
    "project_id" uuid NOT NULL,
    "title" varchar(500) COLLATE "C",
    "content_type" text COLLATE "C" NOT NULL,
    "status" text COLLATE "C" NOT NULL DEFAULT 'draft',
    "text_content" text COLLATE "C",
    "summary" text COLLATE "C",
    "media_urls" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "cover_url" varchar(500) COLLATE "C",
    "tags" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "keywords" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "word_count" integer NOT NULL DEFAULT 0,
    "read_time_minutes" integer NOT NULL DEFAULT 0,
    "ai_generated" boolean NOT NULL DEFAULT false,
    "generation_params" jsonb,
    "version" integer NOT NULL DEFAULT 1,
    "parent_id" uuid,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    "deleted_at" timestamptz,
    "is_deleted" boolean NOT NULL DEFAULT false,
    CONSTRAINT "pk_contents" PRIMARY KEY ("id"),
    CONSTRAINT "fk_contents_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_contents_project_id" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_contents_parent_id" FOREIGN KEY ("parent_id") REFERENCES "contents" ("id") ON DELETE RESTRICT,
    CONSTRAINT "ck_contents_content_type_enum" CHECK ("content_type" IN ('text', 'image', 'video', 'article')),
    CONSTRAINT "ck_contents_status_enum" CHECK ("status" IN ('draft', 'ready', 'published', 'archived'))
);

CREATE INDEX "ix_contents_user_status_created" ON "contents" ("user_id", "status", "created_at" DESC, "id" DESC);

CREATE INDEX "ix_contents_tags" ON "contents" USING gin ("tags");

CREATE INDEX "ix_contents_project" ON "contents" ("project_id");

CREATE TABLE "content_versions" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "content_id" uuid NOT NULL,
    "version" integer NOT NULL,
    "title" varchar(500) COLLATE "C",
    "text_content" text COLLATE "C",
    "media_urls" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "change_summary" varchar(500) COLLATE "C",
    "changed_by" text COLLATE "C" NOT NULL DEFAULT 'user',
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "pk_content_versions" PRIMARY KEY ("id"),
    CONSTRAINT "fk_content_versions_content_id" FOREIGN KEY ("content_id") REFERENCES "contents" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uix_content_version" UNIQUE ("content_id", "version"),
    CONSTRAINT "ck_content_versions_changed_by_enum" CHECK ("changed_by" IN ('user', 'ai', 'auto'))
);

CREATE TABLE "materials" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "user_id" uuid NOT NULL,
    "filename" varchar(255) COLLATE "C" NOT NULL,
    "file_type" text COLLATE "C" NOT NULL,
    "mime_type" varchar(100) COLLATE "C" NOT NULL,
    "file_size" bigint NOT NULL,
    "storage_path" varchar(500) COLLATE "C" NOT NULL,
    "url" varchar(500) COLLATE "C" NOT NULL,
    "thumbnail_url" varchar(500) COLLATE "C",
    "width" integer,
    "height" integer,
    "duration_seconds" integer,
    "folder" varchar(255) COLLATE "C" NOT NULL DEFAULT 'default',
    "tags" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "ai_description" text COLLATE "C",
    "ai_tags" text[] COLLATE "C" NOT NULL DEFAULT '{}'::text[],
    "ocr_text" text COLLATE "C",
    "use_count" integer NOT NULL DEFAULT 0,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    "deleted_at" timestamptz,
    "is_deleted" boolean NOT NULL DEFAULT false,
    CONSTRAINT "pk_materials" PRIMARY KEY ("id"),
    CONSTRAINT "fk_materials_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "ck_materials_file_type_enum" CHECK ("file_type" IN ('image', 'video', 'audio', 'document'))
);

CREATE INDEX "ix_materials_user_folder" ON "materials" ("user_id", "folder");

CREATE INDEX "ix_materials_tags" ON "materials" USING gin ("tags");

CREATE INDEX "ix_materials_ai_description" ON "materials" USING gin ("ai_description" gin_trgm_ops);

CREATE TABLE "publications" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "user_id" uuid NOT NULL,
    "content_id" uuid NOT NULL,
    "account_id" uuid NOT NULL,
    "platform" varchar(50) COLLATE "C" NOT NULL,
    "status" text COLLATE "C" NOT NULL DEFAULT 'pending',
    "adapted_content" jsonb,
    "scheduled_at" timestamptz,
    "published_at" timestamptz,
    "platform_post_id" varchar(255) COLLATE "C",
    "platform_post_url" varchar(500) COLLATE "C",
    "error_message" text COLLATE "C",
    "retry_count" integer NOT NULL DEFAULT 0,
    "last_retry_at" timestamptz,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "pk_publications" PRIMARY KEY ("id"),
    CONSTRAINT "fk_publications_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_publications_content_id" FOREIGN KEY ("content_id") REFERENCES "contents" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_publications_account_id" FOREIGN KEY ("account_id") REFERENCES "platform_accounts" ("id") ON DELETE RESTRICT,
    CONSTRAINT "ck_publications_status_enum" CHECK ("status" IN ('pending', 'scheduled', 'publishing', 'published', 'failed', 'cancelled'))
);

CREATE INDEX "ix_publications_status" ON "publications" ("status");

CREATE INDEX "ix_publications_scheduled" ON "publications" ("scheduled_at");

CREATE INDEX "ix_publications_user_status" ON "publications" ("user_id", "status");

CREATE INDEX "ix_publications_platform_scheduled" ON "publications" ("platform", "scheduled_at");

CREATE INDEX "ix_publications_pending" ON "publications" ("scheduled_at") WHERE "status" = 'pending';

CREATE INDEX "ix_publications_due" ON "publications" ("scheduled_at") WHERE "status" = 'scheduled';

CREATE INDEX "ix_publications_content" ON "publications" ("content_id");

CREATE INDEX "ix_publications_account" ON "publications" ("account_id");

CREATE TABLE "publication_analytics" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "publication_id" uuid NOT NULL,
    "views" integer NOT NULL DEFAULT 0,
    "likes" integer NOT NULL DEFAULT 0,
    "comments" integer NOT NULL DEFAULT 0,
    "shares" integer NOT NULL DEFAULT 0,
    "favorites" integer NOT NULL DEFAULT 0,
    "followers_gained" integer NOT NULL DEFAULT 0,
    "fetched_at" timestamptz NOT NULL,
    "raw_data" jsonb,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "pk_publication_analytics" PRIMARY KEY ("id"),
    CONSTRAINT "fk_publication_analytics_publication_id" FOREIGN KEY ("publication_id") REFERENCES "publications" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_analytics_publication_time" ON "publication_analytics" ("publication_id", "fetched_at");

CREATE TABLE "task_records" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "user_id" uuid,
    "task_type" text COLLATE "C" NOT NULL,
    "status" text COLLATE "C" NOT NULL DEFAULT 'pending',
    "params" jsonb,
    "started_at" timestamptz,
    "completed_at" timestamptz,
    "runtime_seconds" integer,
    "result" jsonb,
    "error" text COLLATE "C",
    "retry_count" integer NOT NULL DEFAULT 0,
    "max_retries" integer NOT NULL DEFAULT 3,
    "celery_task_id" varchar(255) COLLATE "C",
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "pk_task_records" PRIMARY KEY ("id"),
    CONSTRAINT "ck_task_records_task_type_enum" CHECK ("task_type" IN ('publish', 'analytics', 'ai_generation', 'sync', 'cleanup')),
    CONSTRAINT "ck_task_records_status_enum" CHECK ("status" IN ('pending', 'running', 'completed', 'failed', 'cancelled'))
);

CREATE INDEX "ix_task_records_celery_task_id" ON "task_records" ("celery_task_id");

CREATE INDEX "ix_tasks_status_type" ON "task_records" ("status", "task_type");

CREATE TABLE "scheduled_tasks" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "user_id" uuid NOT NULL,
    "name" varchar(255) COLLATE "C" NOT NULL,
    "task_type" text COLLATE "C" NOT NULL,
    "params" jsonb,
    "cron_expression" varchar(100) COLLATE "C",
    "run_at" timestamptz,
    "is_active" boolean NOT NULL DEFAULT true,
    "last_run_at" timestamptz,
    "next_run_at" timestamptz,
    "run_count" integer NOT NULL DEFAULT 0,
    "fail_count" integer NOT NULL DEFAULT 0,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "pk_scheduled_tasks" PRIMARY KEY ("id"),
    CONSTRAINT "fk_scheduled_tasks_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "ck_scheduled_tasks_task_type_enum" CHECK ("task_type" IN ('publish', 'analytics', 'ai_generation', 'sync', 'cleanup'))
);

CREATE INDEX "ix_scheduled_tasks_due" ON "scheduled_tasks" ("next_run_at") WHERE "is_active" = true;
