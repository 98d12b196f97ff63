import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { WebClient } from "@slack/web-api";
import Stripe from "stripe";

/**
 * Example usage (docs):
 *   const client = new OpenAI({ apiKey: "sk-your-key-here" });
 *   export STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc
 */

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// expect: secrets.anthropic-api-key
const ANTHROPIC_KEY = "sk-ant-api03-mLL8ZrF8w50SR2Qugs4lIFVRdxtDyKUOtfZUTqr8aFvnKbnHFbDfj3u_ypO09RnKw1zW9-ohP46PbmT1TOkzfR1wKbPXTAA";
export const anthropic = new Anthropic({ apiKey: ANTHROPIC_KEY });

// expect: secrets.openai-api-key
export const legacyOpenai = new OpenAI({ apiKey: "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" });

export const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

// expect: secrets.stripe-restricted-key
export const stripeReports = new Stripe("rk_live_20W0tvi1jsmCaDAoZuSEyDvvWq03mSM9B8zhIPT2QFhQOjWmjr", { apiVersion: "2024-04-10" });

export const stripeTest = new Stripe(process.env.STRIPE_TEST_KEY ?? "sk_test_placeholder", { apiVersion: "2024-04-10" });

const HF_HEADERS = {
  // expect: secrets.huggingface-token
  Authorization: "Bearer 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",
};

export async function embed(text: string) {
  const res = await fetch("https://api-inference.huggingface.co/models/sentence-transformers/all-MiniLM-L6-v2", {
    method: "POST",
    headers: { ...HF_HEADERS, "Content-Type": "application/json" },
    body: JSON.stringify({ inputs: text }),
  });
  return res.json();
}

// expect: secrets.groq-api-key
const GROQ_API_KEY = "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";

export const groqHeaders = { Authorization: `Bearer ${GROQ_API_KEY}` };

export const pineconeConfig = {
  // expect: secrets.pinecone-api-key
  apiKey: "pcsk_nD7Ew_lDT4KTvp76qidPYywOunJNTBz7BHQsD1KB6Trl3ythO5oDuEEpXlWNrjYQPQkNs",
  index: "support-articles",
};

export const resendKey = process.env.RESEND_API_KEY!;
export const PUBLIC_POSTHOG_KEY = "phc_8XnKp2Lq9VwR4tZm7YbH3cJ6fD1sG5aE0oIu";
// expect: secrets.openrouter-api-key
export const OPENROUTER_KEY = "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";
