CREATE TABLE "users" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_users_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "email" TEXT NOT NULL CONSTRAINT "ck_users_email_length" CHECK (length("email") <= 255),
    "username" TEXT CONSTRAINT "ck_users_username_length" CHECK ("username" IS NULL OR (length("username") <= 50)),
    "nickname" TEXT CONSTRAINT "ck_users_nickname_length" CHECK ("nickname" IS NULL OR (length("nickname") <= 100)),
    "avatar_url" TEXT CONSTRAINT "ck_users_avatar_url_length" CHECK ("avatar_url" IS NULL OR (length("avatar_url") <= 500)),
    "phone" TEXT CONSTRAINT "ck_users_phone_length" CHECK ("phone" IS NULL OR (length("phone") <= 20)),
    "password_hash" TEXT CONSTRAINT "ck_users_password_hash_length" CHECK ("password_hash" IS NULL OR (length("password_hash") <= 255)),
    "is_verified" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_users_is_verified_bool" CHECK ("is_verified" IN (0, 1)),
    "is_active" INTEGER NOT NULL DEFAULT 1 CONSTRAINT "ck_users_is_active_bool" CHECK ("is_active" IN (0, 1)),
    "subscription_tier" TEXT NOT NULL DEFAULT 'free' CONSTRAINT "ck_users_subscription_tier_enum" CHECK ("subscription_tier" IN ('free', 'basic', 'pro', 'enterprise')),
    "subscription_expires_at" INTEGER,
    "daily_creation_quota" INTEGER NOT NULL DEFAULT 10 CONSTRAINT "ck_users_daily_creation_quota_range" CHECK ("daily_creation_quota" BETWEEN -2147483648 AND 2147483647),
    "daily_publish_quota" INTEGER NOT NULL DEFAULT 20 CONSTRAINT "ck_users_daily_publish_quota_range" CHECK ("daily_publish_quota" BETWEEN -2147483648 AND 2147483647),
    "storage_quota_mb" INTEGER NOT NULL DEFAULT 500 CONSTRAINT "ck_users_storage_quota_mb_range" CHECK ("storage_quota_mb" BETWEEN -2147483648 AND 2147483647),
    "settings" TEXT NOT NULL DEFAULT '{}' CONSTRAINT "ck_users_settings_json" CHECK (json_valid("settings")),
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "deleted_at" INTEGER,
    "is_deleted" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_users_is_deleted_bool" CHECK ("is_deleted" IN (0, 1)),
    CONSTRAINT "pk_users" PRIMARY KEY ("id")
) STRICT;

CREATE UNIQUE INDEX "uix_users_email" ON "users" ("email") WHERE "is_deleted" = 0;

CREATE UNIQUE INDEX "uix_users_username" ON "users" ("username") WHERE "is_deleted" = 0;

CREATE UNIQUE INDEX "uix_users_phone" ON "users" ("phone") WHERE "is_deleted" = 0;

CREATE TABLE "user_oauths" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_user_oauths_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "user_id" TEXT NOT NULL CONSTRAINT "ck_user_oauths_user_id_uuid" CHECK ("user_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "provider" TEXT NOT NULL CONSTRAINT "ck_user_oauths_provider_length" CHECK (length("provider") <= 50),
    "provider_user_id" TEXT NOT NULL CONSTRAINT "ck_user_oauths_provider_user_id_length" CHECK (length("provider_user_id") <= 255),
    "access_token" TEXT CONSTRAINT "ck_user_oauths_access_token_length" CHECK ("access_token" IS NULL OR (length("access_token") <= 500)),
    "refresh_token" TEXT CONSTRAINT "ck_user_oauths_refresh_token_length" CHECK ("refresh_token" IS NULL OR (length("refresh_token") <= 500)),
    "token_expires_at" INTEGER,
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    CONSTRAINT "pk_user_oauths" PRIMARY KEY ("id"),
    CONSTRAINT "fk_user_oauths_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uix_oauth_provider_user" UNIQUE ("provider", "provider_user_id")
) STRICT;

CREATE INDEX "ix_user_oauths_user" ON "user_oauths" ("user_id");

CREATE TABLE "projects" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_projects_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "user_id" TEXT NOT NULL CONSTRAINT "ck_projects_user_id_uuid" CHECK ("user_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "name" TEXT NOT NULL CONSTRAINT "ck_projects_name_length" CHECK (length("name") <= 255),
    "description" TEXT,
    "industry" TEXT CONSTRAINT "ck_projects_industry_length" CHECK ("industry" IS NULL OR (length("industry") <= 100)),
    "sub_industries" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_projects_sub_industries_array" CHECK (json_valid("sub_industries") AND json_type("sub_industries") = 'array'),
    "brand_name" TEXT CONSTRAINT "ck_projects_brand_name_length" CHECK ("brand_name" IS NULL OR (length("brand_name") <= 255)),
    "brand_tone" TEXT CONSTRAINT "ck_projects_brand_tone_length" CHECK ("brand_tone" IS NULL OR (length("brand_tone") <= 100)),
    "brand_keywords" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_projects_brand_keywords_array" CHECK (json_valid("brand_keywords") AND json_type("brand_keywords") = 'array'),
    "topics" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_projects_topics_array" CHECK (json_valid("topics") AND json_type("topics") = 'array'),
    "keywords" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_projects_keywords_array" CHECK (json_valid("keywords") AND json_type("keywords") = 'array'),
    "account_tags" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_projects_account_tags_array" CHECK (json_valid("account_tags") AND json_type("account_tags") = 'array'),
    "preferred_platforms" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_projects_preferred_platforms_array" CHECK (json_valid("preferred_platforms") AND json_type("preferred_platforms") = 'array'),
    "content_style" TEXT CONSTRAINT "ck_projects_content_style_length" CHECK ("content_style" IS NULL OR (length("content_style") <= 100)),
    "is_default" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_projects_is_default_bool" CHECK ("is_default" IN (0, 1)),
    "settings" TEXT NOT NULL DEFAULT '{}' CONSTRAINT "ck_projects_settings_json" CHECK (json_valid("settings")),
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "deleted_at" INTEGER,
    "is_deleted" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_projects_is_deleted_bool" CHECK ("is_deleted" IN (0, 1)),
    CONSTRAINT "pk_projects" PRIMARY KEY ("id"),
    CONSTRAINT "fk_projects_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
) STRICT;

CREATE INDEX "ix_projects_user" ON "projects" ("user_id");

CREATE TABLE "platform_accounts" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_platform_accounts_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "user_id" TEXT NOT NULL CONSTRAINT "ck_platform_accounts_user_id_uuid" CHECK ("user_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "project_id" TEXT NOT NULL CONSTRAINT "ck_platform_accounts_project_id_uuid" CHECK ("project_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "platform" TEXT NOT NULL CONSTRAINT "ck_platform_accounts_platform_length" CHECK (length("platform") <= 50),
    "account_id" TEXT NOT NULL CONSTRAINT "ck_platform_accounts_account_id_length" CHECK (length("account_id") <= 255),
    "account_name" TEXT CONSTRAINT "ck_platform_accounts_account_name_length" CHECK ("account_name" IS NULL OR (length("account_name") <= 255)),
    "avatar_url" TEXT CONSTRAINT "ck_platform_accounts_avatar_url_length" CHECK ("avatar_url" IS NULL OR (length("avatar_url") <= 500)),
    "is_active" INTEGER NOT NULL DEFAULT 1 CONSTRAINT "ck_platform_accounts_is_active_bool" CHECK ("is_active" IN (0, 1)),
    "session_valid" INTEGER NOT NULL DEFAULT 1 CONSTRAINT "ck_platform_accounts_session_valid_bool" CHECK ("session_valid" IN (0, 1)),
    "last_session_check" INTEGER,
    "followers_count" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_platform_accounts_followers_count_range" CHECK ("followers_count" BETWEEN -2147483648 AND 2147483647),
    "following_count" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_platform_accounts_following_count_range" CHECK ("following_count" BETWEEN -2147483648 AND 2147483647),
    "posts_count" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_platform_accounts_posts_count_range" CHECK ("posts_count" BETWEEN -2147483648 AND 2147483647),
    "metadata" TEXT NOT NULL DEFAULT '{}' CONSTRAINT "ck_platform_accounts_metadata_json" CHECK (json_valid("metadata")),
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "deleted_at" INTEGER,
    "is_deleted" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_platform_accounts_is_deleted_bool" CHECK ("is_deleted" IN (0, 1)),
    CONSTRAINT "pk_platform_accounts" PRIMARY KEY ("id"),
    CONSTRAINT "fk_platform_accounts_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_platform_accounts_project_id" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE RESTRICT
) STRICT;

CREATE INDEX "ix_platform_accounts_platform" ON "platform_accounts" ("platform");

CREATE UNIQUE INDEX "uix_user_platform_account" ON "platform_accounts" ("user_id", "platform", "account_id") WHERE "is_deleted" = 0;

CREATE TABLE "encrypted_credentials" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_encrypted_credentials_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "user_id" TEXT NOT NULL CONSTRAINT "ck_encrypted_credentials_user_id_uuid" CHECK ("user_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "platform" TEXT NOT NULL CONSTRAINT "ck_encrypted_credentials_platform_length" CHECK (length("platform") <= 50),
    "account_id" TEXT NOT NULL CONSTRAINT "ck_encrypted_credentials_account_id_length" CHECK (length("account_id") <= 255),
    "encrypted_data" TEXT NOT NULL CONSTRAINT "ck_encrypted_credentials_encrypted_data_json" CHECK (json_valid("encrypted_data")),
    "created_device" TEXT NOT NULL CONSTRAINT "ck_encrypted_credentials_created_device_length" CHECK (length("created_device") <= 255),
    "last_updated_device" TEXT NOT NULL CONSTRAINT "ck_encrypted_credentials_last_updated_device_length" CHECK (length("last_updated_device") <= 255),
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    CONSTRAINT "pk_encrypted_credentials" PRIMARY KEY ("id"),
    CONSTRAINT "fk_encrypted_credentials_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uix_credential" UNIQUE ("user_id", "platform", "account_id")
) STRICT;

CREATE TABLE "contents" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_contents_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "user_id" TEXT NOT NULL CONSTRAINT "ck_contents_user_id_uuid" CHECK ("user_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "project_id" TEXT NOT NULL CONSTRAINT "ck_contents_project_id_uuid" CHECK ("project_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "title" TEXT CONSTRAINT "ck_contents_title_length" CHECK ("title" IS NULL OR (length("title") <= 500)),
    "content_type" TEXT NOT NULL CONSTRAINT "ck_contents_content_type_enum" CHECK ("content_type" IN ('text', 'image', 'video', 'article')),
    "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_contents_status_enum" CHECK ("status" IN ('draft', 'ready', 'published', 'archived')),
    "text_content" TEXT,
    "summary" TEXT,
    "media_urls" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_contents_media_urls_array" CHECK (json_valid("media_urls") AND json_type("media_urls") = 'array'),
    "cover_url" TEXT CONSTRAINT "ck_contents_cover_url_length" CHECK ("cover_url" IS NULL OR (length("cover_url") <= 500)),
    "tags" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_contents_tags_array" CHECK (json_valid("tags") AND json_type("tags") = 'array'),
    "keywords" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_contents_keywords_array" CHECK (json_valid("keywords") AND json_type("keywords") = 'array'),
    "word_count" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_contents_word_count_range" CHECK ("word_count" BETWEEN -2147483648 AND 2147483647),
    "read_time_minutes" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_contents_read_time_minutes_range" CHECK ("read_time_minutes" BETWEEN -2147483648 AND 2147483647),
    "ai_generated" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_contents_ai_generated_bool" CHECK ("ai_generated" IN (0, 1)),
    "generation_params" TEXT CONSTRAINT "ck_contents_generation_params_json" CHECK ("generation_params" IS NULL OR (json_valid("generation_params"))),
    "version" INTEGER NOT NULL DEFAULT 1 CONSTRAINT "ck_contents_version_range" CHECK ("version" BETWEEN -2147483648 AND 2147483647),
    "parent_id" TEXT CONSTRAINT "ck_contents_parent_id_uuid" CHECK ("parent_id" IS NULL OR ("parent_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]')),
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "deleted_at" INTEGER,
    "is_deleted" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_contents_is_deleted_bool" CHECK ("is_deleted" IN (0, 1)),
    CONSTRAINT "pk_contents" PRIMARY KEY ("id"),
    CONSTRAINT "fk_contents_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_contents_project_id" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_contents_parent_id" FOREIGN KEY ("parent_id") REFERENCES "contents" ("id") ON DELETE RESTRICT
) STRICT;

CREATE INDEX "ix_contents_user_status_created" ON "contents" ("user_id", "status", "created_at" DESC, "id" DESC);

CREATE TABLE "ix_contents_tags__elements" (
    "value" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    PRIMARY KEY ("value", "owner_id")
) STRICT, WITHOUT ROWID;

CREATE INDEX "ix_contents_tags__owner" ON "ix_contents_tags__elements" ("owner_id");

CREATE TRIGGER "ix_contents_tags__insert" AFTER INSERT ON "contents" BEGIN
    INSERT OR IGNORE INTO "ix_contents_tags__elements" ("value", "owner_id") SELECT DISTINCT value, NEW."id" FROM json_each(NEW."tags");
END;

CREATE TRIGGER "ix_contents_tags__update" AFTER UPDATE OF "tags", "id" ON "contents" BEGIN
    DELETE FROM "ix_contents_tags__elements" WHERE "owner_id" = OLD."id";
    INSERT OR IGNORE INTO "ix_contents_tags__elements" ("value", "owner_id") SELECT DISTINCT value, NEW."id" FROM json_each(NEW."tags");
END;

CREATE TRIGGER "ix_contents_tags__delete" AFTER DELETE ON "contents" BEGIN
    DELETE FROM "ix_contents_tags__elements" WHERE "owner_id" = OLD."id";
END;

CREATE INDEX "ix_contents_project" ON "contents" ("project_id");

CREATE TABLE "content_versions" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_content_versions_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "content_id" TEXT NOT NULL CONSTRAINT "ck_content_versions_content_id_uuid" CHECK ("content_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "version" INTEGER NOT NULL CONSTRAINT "ck_content_versions_version_range" CHECK ("version" BETWEEN -2147483648 AND 2147483647),
    "title" TEXT CONSTRAINT "ck_content_versions_title_length" CHECK ("title" IS NULL OR (length("title") <= 500)),
    "text_content" TEXT,
    "media_urls" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_content_versions_media_urls_array" CHECK (json_valid("media_urls") AND json_type("media_urls") = 'array'),
    "change_summary" TEXT CONSTRAINT "ck_content_versions_change_summary_length" CHECK ("change_summary" IS NULL OR (length("change_summary") <= 500)),
    "changed_by" TEXT NOT NULL DEFAULT 'user' CONSTRAINT "ck_content_versions_changed_by_enum" CHECK ("changed_by" IN ('user', 'ai', 'auto')),
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    CONSTRAINT "pk_content_versions" PRIMARY KEY ("id"),
    CONSTRAINT "fk_content_versions_content_id" FOREIGN KEY ("content_id") REFERENCES "contents" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uix_content_version" UNIQUE ("content_id", "version")
) STRICT;

CREATE TABLE "materials" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_materials_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "user_id" TEXT NOT NULL CONSTRAINT "ck_materials_user_id_uuid" CHECK ("user_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "filename" TEXT NOT NULL CONSTRAINT "ck_materials_filename_length" CHECK (length("filename") <= 255),
    "file_type" TEXT NOT NULL CONSTRAINT "ck_materials_file_type_enum" CHECK ("file_type" IN ('image', 'video', 'audio', 'document')),
    "mime_type" TEXT NOT NULL CONSTRAINT "ck_materials_mime_type_length" CHECK (length("mime_type") <= 100),
    "file_size" INTEGER NOT NULL,
    "storage_path" TEXT NOT NULL CONSTRAINT "ck_materials_storage_path_length" CHECK (length("storage_path") <= 500),
    "url" TEXT NOT NULL CONSTRAINT "ck_materials_url_length" CHECK (length("url") <= 500),
    "thumbnail_url" TEXT CONSTRAINT "ck_materials_thumbnail_url_length" CHECK ("thumbnail_url" IS NULL OR (length("thumbnail_url") <= 500)),
    "width" INTEGER CONSTRAINT "ck_materials_width_range" CHECK ("width" IS NULL OR ("width" BETWEEN -2147483648 AND 2147483647)),
    "height" INTEGER CONSTRAINT "ck_materials_height_range" CHECK ("height" IS NULL OR ("height" BETWEEN -2147483648 AND 2147483647)),
    "duration_seconds" INTEGER CONSTRAINT "ck_materials_duration_seconds_range" CHECK ("duration_seconds" IS NULL OR ("duration_seconds" BETWEEN -2147483648 AND 2147483647)),
    "folder" TEXT NOT NULL DEFAULT 'default' CONSTRAINT "ck_materials_folder_length" CHECK (length("folder") <= 255),
    "tags" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_materials_tags_array" CHECK (json_valid("tags") AND json_type("tags") = 'array'),
    "ai_description" TEXT,
    "ai_tags" TEXT NOT NULL DEFAULT '[]' CONSTRAINT "ck_materials_ai_tags_array" CHECK (json_valid("ai_tags") AND json_type("ai_tags") = 'array'),
    "ocr_text" TEXT,
    "use_count" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_materials_use_count_range" CHECK ("use_count" BETWEEN -2147483648 AND 2147483647),
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "deleted_at" INTEGER,
    "is_deleted" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_materials_is_deleted_bool" CHECK ("is_deleted" IN (0, 1)),
    CONSTRAINT "pk_materials" PRIMARY KEY ("id"),
    CONSTRAINT "fk_materials_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
) STRICT;

CREATE INDEX "ix_materials_user_folder" ON "materials" ("user_id", "folder");

CREATE TABLE "ix_materials_tags__elements" (
    "value" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    PRIMARY KEY ("value", "owner_id")
) STRICT, WITHOUT ROWID;

CREATE INDEX "ix_materials_tags__owner" ON "ix_materials_tags__elements" ("owner_id");

CREATE TRIGGER "ix_materials_tags__insert" AFTER INSERT ON "materials" BEGIN
    INSERT OR IGNORE INTO "ix_materials_tags__elements" ("value", "owner_id") SELECT DISTINCT value, NEW."id" FROM json_each(NEW."tags");
END;

CREATE TRIGGER "ix_materials_tags__update" AFTER UPDATE OF "tags", "id" ON "materials" BEGIN
    DELETE FROM "ix_materials_tags__elements" WHERE "owner_id" = OLD."id";
    INSERT OR IGNORE INTO "ix_materials_tags__elements" ("value", "owner_id") SELECT DISTINCT value, NEW."id" FROM json_each(NEW."tags");
END;

CREATE TRIGGER "ix_materials_tags__delete" AFTER DELETE ON "materials" BEGIN
    DELETE FROM "ix_materials_tags__elements" WHERE "owner_id" = OLD."id";
END;

CREATE VIRTUAL TABLE "ix_materials_ai_description__search" USING fts5("owner_id" UNINDEXED, "body", tokenize = 'trigram case_sensitive 1');

CREATE TABLE "ix_materials_ai_description__search_rows" (
    "owner_id" TEXT NOT NULL PRIMARY KEY,
    "search_rowid" INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER "ix_materials_ai_description__insert" AFTER INSERT ON "materials" BEGIN
    INSERT INTO "ix_materials_ai_description__search" ("owner_id", "body") SELECT NEW."id", NEW."ai_description" WHERE NEW."ai_description" IS NOT NULL;
    INSERT INTO "ix_materials_ai_description__search_rows" ("owner_id", "search_rowid") SELECT NEW."id", last_insert_rowid() WHERE NEW."ai_description" IS NOT NULL;
END;

CREATE TRIGGER "ix_materials_ai_description__update" AFTER UPDATE OF "ai_description", "id" ON "materials" BEGIN
    DELETE FROM "ix_materials_ai_description__search" WHERE rowid = (SELECT "search_rowid" FROM "ix_materials_ai_description__search_rows" WHERE "owner_id" = OLD."id");
    DELETE FROM "ix_materials_ai_description__search_rows" WHERE "owner_id" = OLD."id";
    INSERT INTO "ix_materials_ai_description__search" ("owner_id", "body") SELECT NEW."id", NEW."ai_description" WHERE NEW."ai_description" IS NOT NULL;
    INSERT INTO "ix_materials_ai_description__search_rows" ("owner_id", "search_rowid") SELECT NEW."id", last_insert_rowid() WHERE NEW."ai_description" IS NOT NULL;
END;

CREATE TRIGGER "ix_materials_ai_description__delete" AFTER DELETE ON "materials" BEGIN
    DELETE FROM "ix_materials_ai_description__search" WHERE rowid = (SELECT "search_rowid" FROM "ix_materials_ai_description__search_rows" WHERE "owner_id" = OLD."id");
    DELETE FROM "ix_materials_ai_description__search_rows" WHERE "owner_id" = OLD."id";
END;

CREATE TABLE "publications" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_publications_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "user_id" TEXT NOT NULL CONSTRAINT "ck_publications_user_id_uuid" CHECK ("user_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "content_id" TEXT NOT NULL CONSTRAINT "ck_publications_content_id_uuid" CHECK ("content_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "account_id" TEXT NOT NULL CONSTRAINT "ck_publications_account_id_uuid" CHECK ("account_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "platform" TEXT NOT NULL CONSTRAINT "ck_publications_platform_length" CHECK (length("platform") <= 50),
    "status" TEXT NOT NULL DEFAULT 'pending' CONSTRAINT "ck_publications_status_enum" CHECK ("status" IN ('pending', 'scheduled', 'publishing', 'published', 'failed', 'cancelled')),
    "adapted_content" TEXT CONSTRAINT "ck_publications_adapted_content_json" CHECK ("adapted_content" IS NULL OR (json_valid("adapted_content"))),
    "scheduled_at" INTEGER,
    "published_at" INTEGER,
    "platform_post_id" TEXT CONSTRAINT "ck_publications_platform_post_id_length" CHECK ("platform_post_id" IS NULL OR (length("platform_post_id") <= 255)),
    "platform_post_url" TEXT CONSTRAINT "ck_publications_platform_post_url_length" CHECK ("platform_post_url" IS NULL OR (length("platform_post_url") <= 500)),
    "error_message" TEXT,
    "retry_count" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_publications_retry_count_range" CHECK ("retry_count" BETWEEN -2147483648 AND 2147483647),
    "last_retry_at" INTEGER,
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    CONSTRAINT "pk_publications" PRIMARY KEY ("id"),
    CONSTRAINT "fk_publications_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_publications_content_id" FOREIGN KEY ("content_id") REFERENCES "contents" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_publications_account_id" FOREIGN KEY ("account_id") REFERENCES "platform_accounts" ("id") ON DELETE RESTRICT
) STRICT;

CREATE INDEX "ix_publications_status" ON "publications" ("status");

CREATE INDEX "ix_publications_scheduled" ON "publications" ("scheduled_at");

CREATE INDEX "ix_publications_user_status" ON "publications" ("user_id", "status");

CREATE INDEX "ix_publications_platform_scheduled" ON "publications" ("platform", "scheduled_at");

CREATE INDEX "ix_publications_pending" ON "publications" ("scheduled_at") WHERE "status" = 'pending';

CREATE INDEX "ix_publications_due" ON "publications" ("scheduled_at") WHERE "status" = 'scheduled';

CREATE INDEX "ix_publications_content" ON "publications" ("content_id");

CREATE INDEX "ix_publications_account" ON "publications" ("account_id");

CREATE TABLE "publication_analytics" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_publication_analytics_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "publication_id" TEXT NOT NULL CONSTRAINT "ck_publication_analytics_publication_id_uuid" CHECK ("publication_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "views" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_publication_analytics_views_range" CHECK ("views" BETWEEN -2147483648 AND 2147483647),
    "likes" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_publication_analytics_likes_range" CHECK ("likes" BETWEEN -2147483648 AND 2147483647),
    "comments" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_publication_analytics_comments_range" CHECK ("comments" BETWEEN -2147483648 AND 2147483647),
    "shares" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_publication_analytics_shares_range" CHECK ("shares" BETWEEN -2147483648 AND 2147483647),
    "favorites" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_publication_analytics_favorites_range" CHECK ("favorites" BETWEEN -2147483648 AND 2147483647),
    "followers_gained" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_publication_analytics_followers_gained_range" CHECK ("followers_gained" BETWEEN -2147483648 AND 2147483647),
    "fetched_at" INTEGER NOT NULL,
    "raw_data" TEXT CONSTRAINT "ck_publication_analytics_raw_data_json" CHECK ("raw_data" IS NULL OR (json_valid("raw_data"))),
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    CONSTRAINT "pk_publication_analytics" PRIMARY KEY ("id"),
    CONSTRAINT "fk_publication_analytics_publication_id" FOREIGN KEY ("publication_id") REFERENCES "publications" ("id") ON DELETE RESTRICT
) STRICT;

CREATE INDEX "ix_analytics_publication_time" ON "publication_analytics" ("publication_id", "fetched_at");

CREATE TABLE "task_records" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_task_records_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "user_id" TEXT CONSTRAINT "ck_task_records_user_id_uuid" CHECK ("user_id" IS NULL OR ("user_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]')),
    "task_type" TEXT NOT NULL CONSTRAINT "ck_task_records_task_type_enum" CHECK ("task_type" IN ('publish', 'analytics', 'ai_generation', 'sync', 'cleanup')),
    "status" TEXT NOT NULL DEFAULT 'pending' CONSTRAINT "ck_task_records_status_enum" CHECK ("status" IN ('pending', 'running', 'completed', 'failed', 'cancelled')),
    "params" TEXT CONSTRAINT "ck_task_records_params_json" CHECK ("params" IS NULL OR (json_valid("params"))),
    "started_at" INTEGER,
    "completed_at" INTEGER,
    "runtime_seconds" INTEGER CONSTRAINT "ck_task_records_runtime_seconds_range" CHECK ("runtime_seconds" IS NULL OR ("runtime_seconds" BETWEEN -2147483648 AND 2147483647)),
    "result" TEXT CONSTRAINT "ck_task_records_result_json" CHECK ("result" IS NULL OR (json_valid("result"))),
    "error" TEXT,
    "retry_count" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_task_records_retry_count_range" CHECK ("retry_count" BETWEEN -2147483648 AND 2147483647),
    "max_retries" INTEGER NOT NULL DEFAULT 3 CONSTRAINT "ck_task_records_max_retries_range" CHECK ("max_retries" BETWEEN -2147483648 AND 2147483647),
    "celery_task_id" TEXT CONSTRAINT "ck_task_records_celery_task_id_length" CHECK ("celery_task_id" IS NULL OR (length("celery_task_id") <= 255)),
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    CONSTRAINT "pk_task_records" PRIMARY KEY ("id")
) STRICT;

CREATE INDEX "ix_task_records_celery_task_id" ON "task_records" ("celery_task_id");

CREATE INDEX "ix_tasks_status_type" ON "task_records" ("status", "task_type");

CREATE TABLE "scheduled_tasks" (
    "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CONSTRAINT "ck_scheduled_tasks_id_uuid" CHECK ("id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "user_id" TEXT NOT NULL CONSTRAINT "ck_scheduled_tasks_user_id_uuid" CHECK ("user_id" GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    "name" TEXT NOT NULL CONSTRAINT "ck_scheduled_tasks_name_length" CHECK (length("name") <= 255),
    "task_type" TEXT NOT NULL CONSTRAINT "ck_scheduled_tasks_task_type_enum" CHECK ("task_type" IN ('publish', 'analytics', 'ai_generation', 'sync', 'cleanup')),
    "params" TEXT CONSTRAINT "ck_scheduled_tasks_params_json" CHECK ("params" IS NULL OR (json_valid("params"))),
    "cron_expression" TEXT CONSTRAINT "ck_scheduled_tasks_cron_expression_length" CHECK ("cron_expression" IS NULL OR (length("cron_expression") <= 100)),
    "run_at" INTEGER,
    "is_active" INTEGER NOT NULL DEFAULT 1 CONSTRAINT "ck_scheduled_tasks_is_active_bool" CHECK ("is_active" IN (0, 1)),
    "last_run_at" INTEGER,
    "next_run_at" INTEGER,
    "run_count" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_scheduled_tasks_run_count_range" CHECK ("run_count" BETWEEN -2147483648 AND 2147483647),
    "fail_count" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "ck_scheduled_tasks_fail_count_range" CHECK ("fail_count" BETWEEN -2147483648 AND 2147483647),
    "created_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    "updated_at" INTEGER NOT NULL DEFAULT (CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) * 1000),
    CONSTRAINT "pk_scheduled_tasks" PRIMARY KEY ("id"),
    CONSTRAINT "fk_scheduled_tasks_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
) STRICT;

CREATE INDEX "ix_scheduled_tasks_due" ON "scheduled_tasks" ("next_run_at") WHERE "is_active" = 1;
