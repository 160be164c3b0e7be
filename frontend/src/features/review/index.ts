export { ReviewBoardRoute } from './routes/review-board';
export { CommuneReviewRoute } from './routes/commune-review';
export { ReviewCaseRoute } from './routes/review-case';
export { canSeeReview } from './stages';
