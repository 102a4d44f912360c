/**
 * The tune reports in parts, so that a change developed on the errors of one part can be checked
 * on the others: `old` (the 35 tune reports of the first two sessions), `newA` and `newB` (the ten
 * reports each of the third session's writers A and B wrote blind to the code), `newE` … `newH`
 * (the fourth session's writers E–H, blind the same way), `newM` … `newP` (the fifth session's writers M, N, O and P)
 * `newS` … `newZ`, `newAA` … `newAD` (the sixth session's writers S to Z and AA to AD) and `newAE` … `newBA`
 * (the seventh session's writers AE to BA, but the test writers AI–AL), `newBO`, `newBP`, `newBS` and
 * `newBT` (the ninth session's tune writers), `newBY`, `newBZ` and `newCA` … `newCD` (the tenth's), `newCE` … `newCJ` (the eleventh's), `newCO` … `newCR` (the twelfth's), `newCU` … `newCX` (the thirteenth's), `newDA` … `newDD` (the fourteenth's), `newDG` … `newDJ` (the fifteenth's), `newDM` … `newDP` (the sixteenth's), `newDS` … `newDV` (the seventeenth's), `newDY`, `newDZ`, `newEA`, `newEB` (the eighteenth's), `newEE`, `newEF`, `newEG`, `newEH` (the nineteenth's), `newEK`, `newEL`, `newEM`, `newEN` (the twentieth's), `newEO`, `newEP`, `newEQ`, `newER` (the twenty-fifth's). Test reports are never read.
 *
 * **Validation parts.** Parts named in `VALIDATION_PARTS` have their scores printed but never their
 * errors (the `--misses` lines, `event-errors.js`, `quote-errors.js` skip them), so a rule developed on
 * the other parts can be seen to carry to text nobody read. `newG` and `newH` served so in the fourth
 * session's first round and were then released (their figures then are in docs/MEASUREMENTS.md); the
 * set is empty now, and the test split is the check on transfer.
 * Prints quotes, events, person linking and news entities (micro F1, then PER / ORG / LOC) per part,
 * and with `--misses quotes|linking|entities` the errors of the parts named by `--part` (default all
 * tune but validation; `entities` lists the missed and extra PER, ORG and LOC entities per report).
 *   node dist/eval/tune-parts.js [--part old|newA|newB|newE|…|newER] [--misses quotes|linking|entities]
 */
import { pathToFileURL } from 'node:url';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { linkReport, type Prf, prf } from './entity-eval.js';
import { scoreNewsEntities } from './news-entity-eval.js';
import { quoteErrorLines } from './quote-errors.js';
import { readGold, scoreReport, type Tally } from './report-eval.js';

export type TunePart = 'old' | 'newA' | 'newB' | 'newE' | 'newF' | 'newG' | 'newH' | 'newM' | 'newN' | 'newO' | 'newP' | 'newS' | 'newT' | 'newU' | 'newV' | 'newW' | 'newX' | 'newY' | 'newZ' | 'newAA' | 'newAB' | 'newAC' | 'newAD' | 'newAE' | 'newAF' | 'newAG' | 'newAH' | 'newAM' | 'newAN' | 'newAO' | 'newAP' | 'newAQ' | 'newAR' | 'newAS' | 'newAT' | 'newAU' | 'newAV' | 'newAW' | 'newAX' | 'newAY' | 'newAZ' | 'newBA' | 'newBO' | 'newBP' | 'newBS' | 'newBT' | 'newBY' | 'newBZ' | 'newCA' | 'newCB' | 'newCC' | 'newCD' | 'newCE' | 'newCF' | 'newCG' | 'newCH' | 'newCI' | 'newCJ' | 'newCO' | 'newCP' | 'newCQ' | 'newCR' | 'newCU' | 'newCV' | 'newCW' | 'newCX' | 'newDA' | 'newDB' | 'newDC' | 'newDD' | 'newDG' | 'newDH' | 'newDI' | 'newDJ' | 'newDM' | 'newDN' | 'newDO' | 'newDP' | 'newDS' | 'newDT' | 'newDU' | 'newDV' | 'newDY' | 'newDZ' | 'newEA' | 'newEB' | 'newEE' | 'newEF' | 'newEG' | 'newEH' | 'newEK' | 'newEL' | 'newEM' | 'newEN' | 'newEO' | 'newEP' | 'newEQ' | 'newER';

const files = (...names: string[]): ReadonlySet<string> => new Set(names.map((n) => `${n}.txt`));

/** Each blind writer's tune reports, by part. */
const WRITERS: ReadonlyArray<readonly [TunePart, ReadonlySet<string>]> = [
  ['newA', files('diplomacy-08', 'diplomacy-09', 'conflict-07', 'conflict-08', 'defence-07', 'economy-07', 'protest-06', 'court-07', 'parliament-07', 'health-06')],
  ['newB', files('diplomacy-10', 'diplomacy-11', 'conflict-09', 'conflict-10', 'defence-08', 'economy-08', 'protest-07', 'court-08', 'parliament-08', 'sport-06')],
  ['newE', files('diplomacy-16', 'diplomacy-17', 'conflict-15', 'defence-11', 'economy-11', 'protest-10', 'court-11', 'parliament-11', 'sport-07', 'science-07')],
  ['newF', files('diplomacy-18', 'diplomacy-19', 'conflict-16', 'conflict-17', 'defence-12', 'economy-12', 'protest-11', 'court-12', 'parliament-12', 'health-08')],
  ['newG', files('diplomacy-20', 'diplomacy-21', 'conflict-18', 'defence-13', 'economy-13', 'protest-12', 'court-13', 'parliament-13', 'sport-08', 'health-09')],
  ['newH', files('diplomacy-22', 'diplomacy-23', 'conflict-19', 'conflict-20', 'defence-14', 'economy-14', 'protest-13', 'court-14', 'parliament-14', 'science-08')],
  ['newM', files('diplomacy-32', 'diplomacy-33', 'conflict-27', 'defence-19', 'economy-19', 'protest-18', 'court-19', 'parliament-19', 'sport-11', 'health-12')],
  ['newN', files('diplomacy-34', 'diplomacy-35', 'conflict-28', 'conflict-29', 'defence-20', 'economy-20', 'protest-19', 'court-20', 'parliament-20', 'science-11')],
  ['newO', files('diplomacy-36', 'diplomacy-37', 'conflict-30', 'defence-21', 'economy-21', 'protest-20', 'court-21', 'parliament-21', 'sport-12', 'health-13')],
  ['newP', files('diplomacy-38', 'diplomacy-39', 'conflict-31', 'conflict-32', 'defence-22', 'economy-22', 'protest-21', 'court-22', 'parliament-22', 'science-12')],
  ['newS', files('diplomacy-44', 'diplomacy-45', 'conflict-36', 'defence-25', 'economy-25', 'protest-24', 'court-25', 'parliament-25', 'health-15', 'science-14')],
  ['newT', files('diplomacy-46', 'conflict-37', 'conflict-38', 'defence-26', 'economy-26', 'protest-25', 'court-26', 'parliament-26', 'sport-14', 'health-16')],
  ['newU', files('diplomacy-47', 'diplomacy-48', 'conflict-39', 'defence-27', 'economy-27', 'protest-26', 'court-27', 'parliament-27', 'sport-15', 'science-15')],
  ['newV', files('diplomacy-49', 'conflict-40', 'conflict-41', 'defence-28', 'economy-28', 'protest-27', 'court-28', 'parliament-28', 'health-17', 'science-16')],
  ['newW', files('diplomacy-50', 'diplomacy-51', 'conflict-42', 'defence-29', 'economy-29', 'protest-28', 'court-29', 'parliament-29', 'sport-16', 'health-18')],
  ['newX', files('diplomacy-52', 'conflict-43', 'conflict-44', 'defence-30', 'economy-30', 'protest-29', 'court-30', 'parliament-30', 'science-17', 'health-19')],
  ['newY', files('diplomacy-53', 'diplomacy-54', 'conflict-45', 'defence-31', 'economy-31', 'protest-30', 'court-31', 'parliament-31', 'sport-17', 'science-18')],
  ['newZ', files('diplomacy-55', 'conflict-46', 'conflict-47', 'defence-32', 'economy-32', 'protest-31', 'court-32', 'parliament-32', 'health-20', 'sport-18')],
  ['newAA', files('diplomacy-56', 'diplomacy-57', 'conflict-48', 'defence-33', 'economy-33', 'protest-32', 'court-33', 'parliament-33', 'sport-19', 'health-21')],
  ['newAB', files('diplomacy-58', 'conflict-49', 'conflict-50', 'defence-34', 'economy-34', 'protest-33', 'court-34', 'parliament-34', 'science-19', 'health-22')],
  ['newAC', files('diplomacy-59', 'diplomacy-60', 'conflict-51', 'defence-35', 'economy-35', 'protest-34', 'court-35', 'parliament-35', 'sport-20', 'science-20')],
  ['newAD', files('diplomacy-61', 'conflict-52', 'conflict-53', 'defence-36', 'economy-36', 'protest-35', 'court-36', 'parliament-36', 'health-23', 'sport-21')],
  ['newAE', files('diplomacy-62', 'diplomacy-63', 'conflict-54', 'defence-37', 'economy-37', 'protest-36', 'court-37', 'parliament-37', 'sport-22', 'health-24')],
  ['newAF', files('diplomacy-64', 'conflict-55', 'conflict-56', 'defence-38', 'economy-38', 'protest-37', 'court-38', 'parliament-38', 'science-21', 'health-25')],
  ['newAG', files('diplomacy-65', 'diplomacy-66', 'conflict-57', 'defence-39', 'economy-39', 'protest-38', 'court-39', 'parliament-39', 'sport-23', 'science-22')],
  ['newAH', files('diplomacy-67', 'conflict-58', 'conflict-59', 'defence-40', 'economy-40', 'protest-39', 'court-40', 'parliament-40', 'health-26', 'sport-24')],
  ['newAM', files('diplomacy-74', 'diplomacy-75', 'conflict-66', 'defence-45', 'economy-45', 'protest-44', 'court-45', 'parliament-45', 'sport-28', 'health-30')],
  ['newAN', files('diplomacy-76', 'conflict-67', 'conflict-68', 'defence-46', 'economy-46', 'protest-45', 'court-46', 'parliament-46', 'science-25', 'health-31')],
  ['newAO', files('diplomacy-77', 'diplomacy-78', 'conflict-69', 'defence-47', 'economy-47', 'protest-46', 'court-47', 'parliament-47', 'sport-29', 'science-26')],
  ['newAP', files('diplomacy-79', 'conflict-70', 'conflict-71', 'defence-48', 'economy-48', 'protest-47', 'court-48', 'parliament-48', 'health-32', 'sport-30')],
  ['newAQ', files('diplomacy-80', 'diplomacy-81', 'conflict-72', 'defence-49', 'economy-49', 'protest-48', 'court-49', 'parliament-49', 'sport-31', 'health-33')],
  ['newAR', files('diplomacy-82', 'conflict-73', 'conflict-74', 'defence-50', 'economy-50', 'protest-49', 'court-50', 'parliament-50', 'science-27', 'health-34')],
  ['newAS', files('diplomacy-83', 'diplomacy-84', 'conflict-75', 'defence-51', 'economy-51', 'protest-50', 'court-51', 'parliament-51', 'sport-32', 'science-28')],
  ['newAT', files('diplomacy-85', 'diplomacy-86', 'conflict-76', 'defence-52', 'economy-52', 'protest-51', 'court-52', 'parliament-52', 'sport-33', 'health-35')],
  ['newAU', files('diplomacy-87', 'conflict-77', 'conflict-78', 'defence-53', 'economy-53', 'protest-52', 'court-53', 'parliament-53', 'science-29', 'health-36')],
  ['newAV', files('diplomacy-88', 'diplomacy-89', 'conflict-79', 'defence-54', 'economy-54', 'protest-53', 'court-54', 'parliament-54', 'sport-34', 'science-30')],
  ['newAW', files('diplomacy-90', 'conflict-80', 'conflict-81', 'defence-55', 'economy-55', 'protest-54', 'court-55', 'parliament-55', 'health-37', 'sport-35')],
  ['newAX', files('diplomacy-91', 'diplomacy-92', 'conflict-82', 'defence-56', 'economy-56', 'protest-55', 'court-56', 'parliament-56', 'sport-36', 'health-38')],
  ['newAY', files('diplomacy-93', 'conflict-83', 'conflict-84', 'defence-57', 'economy-57', 'protest-56', 'court-57', 'parliament-57', 'science-31', 'health-39')],
  ['newAZ', files('diplomacy-94', 'diplomacy-95', 'conflict-85', 'defence-58', 'economy-58', 'protest-57', 'court-58', 'parliament-58', 'sport-37', 'science-32')],
  ['newBA', files('diplomacy-96', 'conflict-86', 'conflict-87', 'defence-59', 'economy-59', 'protest-58', 'court-59', 'parliament-59', 'health-40', 'sport-38')],
  ['newBO', files('conflict-105', 'court-73', 'defence-73', 'diplomacy-119', 'diplomacy-120', 'economy-73', 'health-50', 'parliament-73', 'protest-72', 'sport-50')],
  ['newBP', files('conflict-106', 'court-74', 'defence-74', 'diplomacy-121', 'diplomacy-122', 'economy-74', 'parliament-74', 'protest-73', 'science-39', 'sport-51')],
  ['newBS', files('conflict-109', 'court-77', 'defence-77', 'diplomacy-127', 'diplomacy-128', 'economy-77', 'health-52', 'parliament-77', 'protest-76', 'sport-54')],
  ['newBT', files('conflict-110', 'court-78', 'defence-78', 'diplomacy-129', 'diplomacy-130', 'economy-78', 'parliament-78', 'protest-77', 'science-41', 'sport-55')],
  ['newBY', files('conflict-115', 'court-83', 'defence-83', 'diplomacy-139', 'diplomacy-140', 'economy-83', 'health-56', 'parliament-83', 'protest-82', 'science-44')],
  ['newBZ', files('conflict-116', 'court-84', 'defence-84', 'diplomacy-141', 'diplomacy-142', 'economy-84', 'health-57', 'parliament-84', 'protest-83', 'sport-59')],
  ['newCA', files('conflict-117', 'court-85', 'defence-85', 'diplomacy-143', 'diplomacy-144', 'economy-85', 'health-58', 'parliament-85', 'protest-84', 'sport-60')],
  ['newCB', files('conflict-118', 'court-86', 'defence-86', 'diplomacy-145', 'diplomacy-146', 'economy-86', 'parliament-86', 'protest-85', 'science-45', 'sport-61')],
  ['newCC', files('conflict-119', 'court-87', 'defence-87', 'diplomacy-147', 'diplomacy-148', 'economy-87', 'health-59', 'parliament-87', 'protest-86', 'science-46')],
  ['newCD', files('conflict-120', 'court-88', 'defence-88', 'diplomacy-149', 'diplomacy-150', 'economy-88', 'health-60', 'parliament-88', 'protest-87', 'sport-62')],
  ['newCE', files('conflict-121', 'court-89', 'defence-89', 'diplomacy-151', 'diplomacy-152', 'economy-89', 'health-61', 'parliament-89', 'protest-88', 'science-47')],
  ['newCF', files('conflict-122', 'court-90', 'defence-90', 'diplomacy-153', 'diplomacy-154', 'economy-90', 'health-62', 'parliament-90', 'protest-89', 'sport-63')],
  ['newCG', files('conflict-123', 'court-91', 'defence-91', 'diplomacy-155', 'diplomacy-156', 'economy-91', 'parliament-91', 'protest-90', 'science-48', 'sport-64')],
  ['newCH', files('conflict-124', 'court-92', 'defence-92', 'diplomacy-157', 'diplomacy-158', 'economy-92', 'health-63', 'parliament-92', 'protest-91', 'sport-65')],
  ['newCI', files('conflict-125', 'court-93', 'defence-93', 'diplomacy-159', 'diplomacy-160', 'economy-93', 'health-64', 'parliament-93', 'protest-92', 'science-49')],
  ['newCJ', files('conflict-126', 'court-94', 'defence-94', 'diplomacy-161', 'diplomacy-162', 'economy-94', 'parliament-94', 'protest-93', 'science-50', 'sport-66')],
  ['newCO', files('conflict-133', 'conflict-134', 'court-99', 'defence-99', 'diplomacy-171', 'diplomacy-172', 'economy-99', 'parliament-99', 'protest-98', 'sport-68')],
  ['newCP', files('conflict-135', 'conflict-136', 'court-100', 'defence-100', 'diplomacy-173', 'diplomacy-174', 'economy-100', 'health-68', 'parliament-100', 'protest-99')],
  ['newCQ', files('conflict-137', 'conflict-138', 'court-101', 'defence-101', 'diplomacy-175', 'diplomacy-176', 'economy-101', 'parliament-101', 'protest-100', 'science-53')],
  ['newCR', files('conflict-139', 'conflict-140', 'court-102', 'defence-102', 'diplomacy-177', 'diplomacy-178', 'economy-102', 'parliament-102', 'protest-101', 'sport-69')],
  ['newCU', files('conflict-145', 'conflict-146', 'court-105', 'defence-105', 'diplomacy-183', 'diplomacy-184', 'economy-105', 'parliament-105', 'protest-104', 'sport-70')],
  ['newCV', files('conflict-147', 'conflict-148', 'court-106', 'defence-106', 'diplomacy-185', 'diplomacy-186', 'economy-106', 'health-70', 'parliament-106', 'protest-105')],
  ['newCW', files('conflict-149', 'conflict-150', 'court-107', 'defence-107', 'diplomacy-187', 'diplomacy-188', 'economy-107', 'parliament-107', 'protest-106', 'science-55')],
  ['newCX', files('conflict-151', 'conflict-152', 'court-108', 'defence-108', 'diplomacy-189', 'diplomacy-190', 'economy-108', 'parliament-108', 'protest-107', 'sport-71')],
  ['newDA', files('conflict-157', 'conflict-158', 'court-111', 'defence-111', 'diplomacy-195', 'diplomacy-196', 'economy-111', 'parliament-111', 'protest-110', 'sport-72')],
  ['newDB', files('conflict-159', 'conflict-160', 'court-112', 'defence-112', 'diplomacy-197', 'diplomacy-198', 'economy-112', 'health-72', 'parliament-112', 'protest-111')],
  ['newDC', files('conflict-161', 'conflict-162', 'court-113', 'defence-113', 'diplomacy-199', 'diplomacy-200', 'economy-113', 'parliament-113', 'protest-112', 'science-57')],
  ['newDD', files('conflict-163', 'conflict-164', 'court-114', 'defence-114', 'diplomacy-201', 'diplomacy-202', 'economy-114', 'parliament-114', 'protest-113', 'sport-73')],
  ['newDG', files('conflict-169', 'conflict-170', 'court-117', 'defence-117', 'diplomacy-207', 'diplomacy-208', 'economy-117', 'parliament-117', 'protest-116', 'sport-74')],
  ['newDH', files('conflict-171', 'conflict-172', 'court-118', 'defence-118', 'diplomacy-209', 'diplomacy-210', 'economy-118', 'health-74', 'parliament-118', 'protest-117')],
  ['newDI', files('conflict-173', 'conflict-174', 'court-119', 'defence-119', 'diplomacy-211', 'diplomacy-212', 'economy-119', 'parliament-119', 'protest-118', 'sport-75')],
  ['newDJ', files('conflict-175', 'conflict-176', 'court-120', 'defence-120', 'diplomacy-213', 'diplomacy-214', 'economy-120', 'parliament-120', 'protest-119', 'science-59')],
  ['newDM', files('conflict-181', 'conflict-182', 'court-123', 'defence-123', 'diplomacy-219', 'diplomacy-220', 'economy-123', 'parliament-123', 'protest-122', 'sport-76')],
  ['newDN', files('conflict-183', 'conflict-184', 'court-124', 'defence-124', 'diplomacy-221', 'diplomacy-222', 'economy-124', 'health-76', 'parliament-124', 'protest-123')],
  ['newDO', files('conflict-185', 'conflict-186', 'court-125', 'defence-125', 'diplomacy-223', 'diplomacy-224', 'economy-125', 'parliament-125', 'protest-124', 'sport-77')],
  ['newDP', files('conflict-187', 'conflict-188', 'court-126', 'defence-126', 'diplomacy-225', 'diplomacy-226', 'economy-126', 'parliament-126', 'protest-125', 'science-61')],
  ['newDS', files('conflict-193', 'conflict-194', 'court-129', 'defence-129', 'diplomacy-231', 'diplomacy-232', 'economy-129', 'parliament-129', 'protest-128', 'sport-78')],
  ['newDT', files('conflict-195', 'conflict-196', 'court-130', 'defence-130', 'diplomacy-233', 'diplomacy-234', 'economy-130', 'health-78', 'parliament-130', 'protest-129')],
  ['newDU', files('conflict-197', 'conflict-198', 'court-131', 'defence-131', 'diplomacy-235', 'diplomacy-236', 'economy-131', 'parliament-131', 'protest-130', 'science-63')],
  ['newDV', files('conflict-199', 'conflict-200', 'court-132', 'defence-132', 'diplomacy-237', 'diplomacy-238', 'economy-132', 'parliament-132', 'protest-131', 'sport-79')],
  ['newDY', files('conflict-205', 'conflict-206', 'court-135', 'defence-135', 'diplomacy-243', 'diplomacy-244', 'economy-135', 'parliament-135', 'protest-134', 'sport-80')],
  ['newDZ', files('conflict-207', 'conflict-208', 'court-136', 'defence-136', 'diplomacy-245', 'diplomacy-246', 'economy-136', 'health-80', 'parliament-136', 'protest-135')],
  ['newEA', files('conflict-209', 'conflict-210', 'court-137', 'defence-137', 'diplomacy-247', 'diplomacy-248', 'economy-137', 'parliament-137', 'protest-136', 'science-65')],
  ['newEB', files('conflict-211', 'conflict-212', 'court-138', 'defence-138', 'diplomacy-249', 'diplomacy-250', 'economy-138', 'parliament-138', 'protest-137', 'sport-81')],
  ['newEE', files('conflict-217', 'conflict-218', 'court-141', 'defence-141', 'diplomacy-255', 'diplomacy-256', 'economy-141', 'parliament-141', 'protest-140', 'sport-82')],
  ['newEF', files('conflict-219', 'conflict-220', 'court-142', 'defence-142', 'diplomacy-257', 'diplomacy-258', 'economy-142', 'health-82', 'parliament-142', 'protest-141')],
  ['newEG', files('conflict-221', 'conflict-222', 'court-143', 'defence-143', 'diplomacy-259', 'diplomacy-260', 'economy-143', 'parliament-143', 'protest-142', 'science-67')],
  ['newEH', files('conflict-223', 'conflict-224', 'court-144', 'defence-144', 'diplomacy-261', 'diplomacy-262', 'economy-144', 'parliament-144', 'protest-143', 'sport-83')],
  ['newEK', files('conflict-229', 'conflict-230', 'court-147', 'defence-147', 'diplomacy-267', 'diplomacy-268', 'economy-147', 'parliament-147', 'protest-146', 'sport-84')],
  ['newEL', files('conflict-231', 'conflict-232', 'court-148', 'defence-148', 'diplomacy-269', 'diplomacy-270', 'economy-148', 'health-84', 'parliament-148', 'protest-147')],
  ['newEM', files('conflict-233', 'conflict-234', 'court-149', 'defence-149', 'diplomacy-271', 'diplomacy-272', 'economy-149', 'parliament-149', 'protest-148', 'science-69')],
  ['newEN', files('conflict-235', 'conflict-236', 'court-150', 'defence-150', 'diplomacy-273', 'diplomacy-274', 'economy-150', 'parliament-150', 'protest-149', 'sport-85')],
  ['newEO', files('conflict-237', 'conflict-238', 'court-151', 'defence-151', 'diplomacy-275', 'diplomacy-276', 'economy-151', 'parliament-151', 'protest-150', 'sport-86')],
  ['newEP', files('conflict-239', 'conflict-240', 'court-152', 'defence-152', 'diplomacy-277', 'diplomacy-278', 'economy-152', 'health-85', 'parliament-152', 'protest-151')],
  ['newEQ', files('conflict-241', 'conflict-242', 'court-153', 'defence-153', 'diplomacy-279', 'diplomacy-280', 'economy-153', 'parliament-153', 'protest-152', 'science-70')],
  ['newER', files('conflict-243', 'conflict-244', 'court-154', 'defence-154', 'diplomacy-281', 'diplomacy-282', 'economy-154', 'parliament-154', 'protest-153', 'sport-87')],
];

/** Tune parts whose errors the diagnostics never print (see above). */
export const VALIDATION_PARTS: ReadonlySet<TunePart> = new Set<TunePart>([]);

/** The part of the tune split a report belongs to, by its file name. */
export function tunePart(report: string): TunePart {
  for (const [part, reports] of WRITERS) if (reports.has(report)) return part;
  return 'old';
}

/** Whether a diagnostic may print this tune report's errors (no validation part). */
export function errorsMayShow(report: string): boolean {
  return !VALIDATION_PARTS.has(tunePart(report));
}

const ENTITY_TYPES = ['micro', 'PER', 'ORG', 'LOC'] as const;

interface PartScores { reports: number; quotes: Tally; events: Tally; linked: { right: number; total: number }; entities: Map<string, Prf> }

const pr = (t: Tally): string => `${(t.tp / Math.max(1, t.predicted)).toFixed(3)}/${(t.tp / Math.max(1, t.gold)).toFixed(3)} (${t.tp}/${t.predicted}/${t.gold})`;

function main(): void {
  const argument = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const onlyPart = argument('--part');
  const misses = argument('--misses');
  const lexicons = loadLexicons();
  const pipeline = createAnalyzer(lexicons);
  const parts = new Map<string, PartScores>();
  const add = (name: string, s: Omit<PartScores, 'reports'>): void => {
    const into = parts.get(name) ?? { reports: 0, quotes: { tp: 0, predicted: 0, gold: 0 }, events: { tp: 0, predicted: 0, gold: 0 }, linked: { right: 0, total: 0 }, entities: new Map(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) };
    into.reports++;
    for (const key of ['quotes', 'events'] as const) for (const k of ['tp', 'predicted', 'gold'] as const) into[key][k] += s[key][k];
    into.linked.right += s.linked.right;
    into.linked.total += s.linked.total;
    for (const type of ENTITY_TYPES) {
      const from = s.entities.get(type);
      const to = into.entities.get(type) as Prf;
      if (from) for (const k of ['tp', 'fp', 'fn'] as const) to[k] += from[k];
    }
    parts.set(name, into);
  };
  for (const { gold, text } of readGold(projectRoot())) {
    if (gold.split !== 'tune') continue; // never look at the test part
    const part = tunePart(gold.report);
    if (onlyPart && part !== onlyPart) continue;
    const doc = analyze(pipeline, text);
    const scores = scoreReport(doc, gold);
    const linking = linkReport(doc, gold);
    const entities = scoreNewsEntities(doc, gold);
    const s = { quotes: scores.quotes, events: scores.events, linked: linking, entities: entities.counts };
    add(part, s);
    add('tune', s);
    if (!errorsMayShow(gold.report)) continue;
    if (misses === 'quotes') {
      const lines = quoteErrorLines(doc, gold);
      if (lines.length > 0) console.log(`${gold.report} [${part}] (${scores.quotes.tp}/${scores.quotes.predicted}/${scores.quotes.gold})\n${lines.join('\n')}`);
    }
    if (misses === 'linking') for (const miss of linking.misses) console.log(`  [${part}] ${miss}`);
    if (misses === 'entities') for (const error of entities.errors) console.log(`  [${part}] ${error}`);
  }
  console.log('part   reports  quotes P/R (tp/pred/gold)      events P/R (tp/pred/gold)       linking            news entity F1 (PER/ORG/LOC)');
  for (const name of ['newA', 'newB', 'newE', 'newF', 'newG', 'newH', 'newM', 'newN', 'newO', 'newP', 'newS', 'newT', 'newU', 'newV', 'newW', 'newX', 'newY', 'newZ', 'newAA', 'newAB', 'newAC', 'newAD', 'newAE', 'newAF', 'newAG', 'newAH', 'newAM', 'newAN', 'newAO', 'newAP', 'newAQ', 'newAR', 'newAS', 'newAT', 'newAU', 'newAV', 'newAW', 'newAX', 'newAY', 'newAZ', 'newBA', 'newBO', 'newBP', 'newBS', 'newBT', 'newBY', 'newBZ', 'newCA', 'newCB', 'newCC', 'newCD', 'newCE', 'newCF', 'newCG', 'newCH', 'newCI', 'newCJ', 'newCO', 'newCP', 'newCQ', 'newCR', 'newCU', 'newCV', 'newCW', 'newCX', 'newDA', 'newDB', 'newDC', 'newDD', 'newDG', 'newDH', 'newDI', 'newDJ', 'newDM', 'newDN', 'newDO', 'newDP', 'newDS', 'newDT', 'newDU', 'newDV', 'newDY', 'newDZ', 'newEA', 'newEB', 'newEE', 'newEF', 'newEG', 'newEH', 'newEK', 'newEL', 'newEM', 'newEN', 'newEO', 'newEP', 'newEQ', 'newER', 'old', 'tune']) {
    const s = parts.get(name);
    if (!s) continue;
    const [micro, ...byType] = ENTITY_TYPES.map((t) => prf(s.entities.get(t) as Prf).f.toFixed(3));
    const linked = `${(s.linked.right / Math.max(1, s.linked.total)).toFixed(3)} (${s.linked.right}/${s.linked.total})`;
    console.log(`${name.padEnd(6)} ${String(s.reports).padStart(7)}  ${pr(s.quotes).padEnd(30)} ${pr(s.events).padEnd(30)} ${linked.padEnd(18)} ${micro} (${byType.join('/')})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
