/*
** classify.h: suggestions from existing coding. A multinomial naive Bayes
** classifier per code (the code against everything else) over the stemmed
** words of paragraphs, with add-one (Laplace) smoothing over the training
** vocabulary, and k-fold cross-validated precision and recall so a coder
** knows how far to trust it.
**
** Documents are arrays of word ids (from an NbVocab). For each code, a
** document's label is 1 (coded with it) or 0. Everything is deterministic.
**
** Exports: NbVocab (nb_vocab_*), NbModel (nb_train, nb_prob, nb_free),
** nb_crossval().
*/
#ifndef SYN_QUAL_CLASSIFY_H
#define SYN_QUAL_CLASSIFY_H

/* Word ids: equal strings get equal ids 0,1,2,... */
typedef struct NbVocab NbVocab;
NbVocab *nb_vocab_new(void);
void nb_vocab_free(NbVocab*);
int nb_vocab_id(NbVocab*, const char *z, int n);
int nb_vocab_size(const NbVocab*);

typedef struct NbDocs {
  int nDoc;
  int **aaTok; int *anTok;     /* word ids of each document */
  int nVocab;                  /* ids are < nVocab */
} NbDocs;

typedef struct NbModel NbModel;
/* Train on the documents i with aUse[i] (NULL: all), labels aLabel[i] (0/1).
** Returns NULL when the training set lacks positive or negative examples.
** The vocabulary of the model is the words seen in its training documents;
** unseen words are ignored when scoring. Caller frees with nb_free(). */
NbModel *nb_train(const NbDocs*, const unsigned char *aLabel, const unsigned char *aUse);
void nb_free(NbModel*);
/* Posterior probability that document aTok[0..nTok) has the label. */
double nb_prob(const NbModel*, const int *aTok, int nTok);

/* k-fold cross-validation over documents with aUse[i] (NULL: all): fold of
** document i is aFold[i] (0..k-1). Each fold is predicted by a model trained
** on the others; a prediction is positive when the probability is at least
** rThreshold. *pnTp, *pnFp, *pnFn get the pooled counts; precision is
** tp/(tp+fp), recall tp/(tp+fn). */
void nb_crossval(const NbDocs*, const unsigned char *aLabel, const unsigned char *aUse,
                 const int *aFold, int k, double rThreshold, int *pnTp, int *pnFp, int *pnFn);

#endif
